package cn.liulin.enforcement.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Which days are rest days: the State Council's holidays and make-up working days (调休上班)
 * of the years it knows, and weekends otherwise. A year it does not know is said once,
 * through {@code onMissingYear}, so that a clerk adds next year's notice before its first
 * deadline.
 */
public final class HolidayCalendar {

    private static final String[] WEEKDAYS = { "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日" };

    private final Set<Integer> years;

    private final Map<LocalDate, String> holidays;

    private final Set<LocalDate> workdays;

    private final IntConsumer onMissingYear;

    private final Set<Integer> missingSaid = ConcurrentHashMap.newKeySet();

    /**
     * @param years the years whose notice is known
     * @param holidays every holiday, with its name (a holiday may run into the next year,
     * as 元旦 does)
     * @param workdays the weekend days that are make-up working days
     */
    public HolidayCalendar(Set<Integer> years, Map<LocalDate, String> holidays, Set<LocalDate> workdays,
            IntConsumer onMissingYear) {
        this.years = Set.copyOf(years);
        this.holidays = Map.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.onMissingYear = onMissingYear;
    }

    /** No holidays at all: every weekend day rests, every other day works. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of(), Map.of(), Set.of(), year -> {
        });
    }

    public boolean isRestDay(LocalDate day) {
        return restReason(day).isPresent();
    }

    /**
     * Why a day is a rest day, as a notice names it (国庆节, 星期日); empty on a working day.
     */
    public Optional<String> restReason(LocalDate day) {
        if (workdays.contains(day)) {
            return Optional.empty();
        }
        if (holidays.containsKey(day)) {
            return Optional.of(holidays.get(day));
        }
        if (!years.contains(day.getYear()) && missingSaid.add(day.getYear())) {
            onMissingYear.accept(day.getYear());
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? Optional.of(WEEKDAYS[day.getDayOfWeek().ordinal()]) : Optional.empty();
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate working = day;
        while (isRestDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }

}
