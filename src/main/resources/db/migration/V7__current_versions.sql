-- The one definition of "current": the highest version of each entry. Every report reads these views,
-- never its own copy of the rule. Filters on the DISTINCT ON columns are pushed into the views.
create view current_monthly_count as
    select distinct on (section_code, period) * from monthly_count order by section_code, period, version desc;

create view current_yearly_count as
    select distinct on (section_code, year) * from yearly_count order by section_code, year, version desc;

create view current_supervision_activity as
    select distinct on (row_key) * from supervision_activity order by row_key, version desc;

create view current_complaint as
    select distinct on (row_key) * from complaint order by row_key, version desc;

create view current_problem as
    select distinct on (row_key) * from problem order by row_key, version desc;
