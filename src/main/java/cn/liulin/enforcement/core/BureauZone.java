package cn.liulin.enforcement.core;

import java.time.ZoneId;

/**
 * The bureau's time zone: deadlines, received times, schedules and every date a report
 * prints are in it.
 */
public final class BureauZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BureauZone() {
    }

}
