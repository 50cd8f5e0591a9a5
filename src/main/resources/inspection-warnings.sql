-- The warnings of spec 5.7 whose latest row falls in [:start, :end], over all current rows.
-- One row a warning: rule, enterprise (credit code), detail, latest day, the ids of the rows behind it.
with c as (
    select * from current_inspection where inspected_on between :horizon and :end
),
-- A visit: the rows of one 联合检查 (same day, same enterprise, each marked 联合检查) are one inspection.
v as (
    select c.*, case when joint then 'J' || inspected_on else id::text end as visit from c
),
multi as (
    select 'MULTI_SECTION' as rule, r.credit_code, max(r.inspected_on) as latest, '' as detail,
           array_agg(distinct s.id) as ids
    from c r
    -- The partners come from the indexed table, not from the CTE: a join on a materialised CTE has no index.
    join current_inspection s on s.credit_code = r.credit_code and not s.joint
        and s.inspected_on between r.inspected_on - :multiDays and r.inspected_on
        and (s.section_code <> r.section_code or s.id = r.id)
    where r.inspected_on between :start and :end and not r.joint
        and exists (select 1 from current_inspection o where o.credit_code = r.credit_code and not o.joint
                    and o.section_code <> r.section_code
                    and o.inspected_on between r.inspected_on - :multiDays and r.inspected_on)
    group by r.credit_code
),
repeat as (
    select 'REPEAT', r.credit_code, max(r.inspected_on), r.item,
           array_agg(distinct s.id) || array_agg(distinct r.id)
    from v r
    join current_inspection s on s.credit_code = r.credit_code and s.item = r.item
        and (case when s.joint then 'J' || s.inspected_on else s.id::text end) <> r.visit
        and s.inspected_on >= r.inspected_on - make_interval(months => :repeatMonths)
        and (s.inspected_on, s.id) < (r.inspected_on, r.id)
    where r.inspected_on between :start and :end and r.source <> '隐患复查'
    group by r.credit_code, r.item
),
per_day as (
    select 'HIGH_FREQUENCY', credit_code, inspected_on, inspected_on || ' 一天 ' || count(distinct visit) || ' 次',
           array_agg(id)
    from v where inspected_on between :start and :end
    group by credit_code, inspected_on having count(distinct visit) > :maxPerDay
),
per_week as (
    select 'HIGH_FREQUENCY', credit_code, max(inspected_on),
           date_trunc('week', inspected_on)::date || ' 起的一周 ' || count(distinct visit) || ' 次', array_agg(id)
    from v group by credit_code, date_trunc('week', inspected_on)
    having count(distinct visit) > :maxPerWeek and max(inspected_on) between :start and :end
),
per_month as (
    select 'HIGH_FREQUENCY', credit_code, max(inspected_on), '本月 ' || count(distinct visit) || ' 次', array_agg(id)
    from v where inspected_on between :start and :end
    group by credit_code having count(distinct visit) > :maxPerMonth
),
per_year as (
    select 'HIGH_FREQUENCY', v.credit_code, max(v.inspected_on),
           '本年 ' || count(distinct v.visit) || ' 次，超过' || caps.industry || '行业的年度上限 ' || caps.cap || ' 次',
           array_agg(v.id)
    from (select c.*, case when joint then 'J' || inspected_on else id::text end as visit from current_inspection c
          where inspected_on between date_trunc('year', :end::date)::date and :end) v
    join unnest(:capIndustries::text[], :caps::int[]) as caps(industry, cap) on caps.industry = v.industry
    group by v.credit_code, caps.industry, caps.cap
    having count(distinct v.visit) > caps.cap and max(v.inspected_on) between :start and :end
),
rows_of_month as (
    select 'QUIET' as rule, credit_code, inspected_on, '每月 ' || extract(day from inspected_on)::int || ' 日为安静期，检查来源“'
               || source || '”' as detail, array[id] as ids
    from c where inspected_on between :start and :end
        and extract(day from inspected_on)::int = any(:quietDays) and source <> all(:quietExceptions)
    union all
    select 'UNFILED', credit_code, inspected_on,
           case when filed_on is null then '未入企报备' else '报备日期 ' || filed_on || ' 晚于检查日期' end, array[id]
    from c where inspected_on between :start and :end and (filed_on is null or filed_on > inspected_on)
    union all
    select 'INCOMPLETE', credit_code, inspected_on,
           '缺' || concat_ws('、', case when not notice then '检查通知书' end, case when not publicity then '公示' end,
                             case when not feedback then '反馈卡' end), array[id]
    from c where inspected_on between :start and :end and not (notice and publicity and feedback)
    union all
    select 'SUBJECT', credit_code, inspected_on,
           case when cardinality(inspectors) < 2 then '执法人员只有 ' || cardinality(inspectors) || ' 人'
                else '执法人员 ' || array_to_string(array(select unnest(inspectors) except select unnest(:roster::text[])), '、')
                     || ' 不在持证执法人员名单中' end, array[id]
    from c where inspected_on between :start and :end
        and (cardinality(inspectors) < 2 or (:rosterOn and not inspectors <@ :roster::text[]))
    union all
    select 'UNPUBLISHED', credit_code, inspected_on, '检查事项“' || item || '”不在公布的行政检查事项清单中', array[id]
    from c where inspected_on between :start and :end and :itemsOn and item <> all(:items::text[])
    union all
    select 'NO_SYSTEM', credit_code, inspected_on, '没有执法系统编号', array[id]
    from c where inspected_on between :start and :end and coalesce(btrim(system_number), '') = ''
),
by_inspector as (
    select x.inspector, x.credit_code, x.inspected_on, x.id, x.result,
           lag(x.result, 1) over w as result1, lag(x.result, 2) over w as result2,
           lag(x.inspected_on, 2) over w as day2, lag(x.id, 1) over w as id1, lag(x.id, 2) over w as id2
    from (select unnest(inspectors) as inspector, credit_code, inspected_on, id, result from c) x
    window w as (partition by x.inspector, x.credit_code order by x.inspected_on, x.id)
),
low_yield as (
    select 'LOW_YIELD', credit_code, inspected_on, string_agg(inspector, '、' order by inspector)
               || ' 一年内连续三次检查该企业均未发现问题', array[id2, id1, id]
    from by_inspector
    where inspected_on between :start and :end and result = '未发现问题' and result1 = '未发现问题'
        and result2 = '未发现问题' and day2 >= inspected_on - interval '1 year'
    group by credit_code, inspected_on, id2, id1, id
)
select * from multi
union all select * from repeat
union all select * from per_day
union all select * from per_week
union all select * from per_month
union all select * from per_year
union all select * from rows_of_month
union all select * from low_yield
