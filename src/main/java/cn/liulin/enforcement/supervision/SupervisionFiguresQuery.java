package cn.liulin.enforcement.supervision;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervision figures of a date range, from the current rows of the registers: sums
 * of 数量 per type of the 执法监督台账; 移送问题线索数 also counts complaints handled in the range and
 * marked 是否移送纪检监察机关 = 是, except those a 移送问题线索 activity of the same range already names
 * (its 说明 contains the complaint's 企业名称 or 问题名称), so that no case counts twice.
 */
@Component
public class SupervisionFiguresQuery {

    private final JdbcClient jdbc;

    SupervisionFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SupervisionFigures between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with in_range as (
                    select * from current_supervision_activity where activity_date between :from and :to
                )
                select coalesce(sum(quantity) filter (where activity_type = 'SPOT_CHECK'), 0) as spot_checks,
                       coalesce(sum(quantity) filter (where activity_type = 'CORRECTION'), 0) as corrections,
                       coalesce(sum(quantity) filter (where activity_type = 'EXPOSURE'), 0) as exposures,
                       coalesce(sum(quantity) filter (where activity_type = 'REFERRAL'), 0)
                       + (select count(*) from current_complaint c
                          where c.referred and c.handled_on between :from and :to
                            and not exists (select 1 from in_range r
                                            where r.activity_type = 'REFERRAL' and r.note is not null
                                              and (strpos(r.note, c.company) > 0 or strpos(r.note, c.title) > 0)))
                           as referrals
                from in_range
                """)
            .param("from", Date.valueOf(from))
            .param("to", Date.valueOf(to))
            .query((rs, n) -> new SupervisionFigures(rs.getInt("spot_checks"), rs.getInt("corrections"),
                    rs.getInt("exposures"), rs.getInt("referrals")))
            .single();
    }

}
