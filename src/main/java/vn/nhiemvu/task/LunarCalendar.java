package vn.nhiemvu.task;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for a given time zone.
 *
 * <p>A month starts on the local day of a new moon; month 11 is the month holding the December solstice; a
 * span of 13 months between two months 11 has a leap month, the first one holding no principal solar term
 * (sun's longitude a multiple of 30°), and it repeats the number of the month before it. New moons follow
 * Meeus, <i>Astronomical Algorithms</i>, ch. 49, the sun's longitude ch. 25 (about 0.01°), ΔT
 * Espenak–Meeus. Viet Nam reckons at UTC+7 while the Chinese calendar uses UTC+8, so the two differ in
 * some years (Tết 2030: 02/02 here, 03/02 in China).
 */
final class LunarCalendar {

    static final double VIET_NAM = 7.0;

    /** A lunar date; {@code year} is the lunar year whose month 1 starts at Tết. */
    record LunarDate(int year, int month, int day, boolean leapMonth) {
    }

    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double NEW_MOON_ZERO_JDE = 2451550.09766;

    private LunarCalendar() {
    }

    static LunarDate toLunar(LocalDate date) {
        return toLunar(date, VIET_NAM);
    }

    static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        return toSolar(lunarYear, lunarMonth, lunarDay, leapMonth, VIET_NAM);
    }

    static LunarDate toLunar(LocalDate date, double timeZone) {
        long day = date.toEpochDay();
        int lunation = lunationHolding(day, timeZone);
        Span span = Span.from(date.getYear(), timeZone);
        if (lunation < span.firstLunation) {
            span = Span.from(date.getYear() - 1, timeZone);
        }
        int offset = lunation - span.firstLunation;
        int month = span.monthNumber(offset);
        int year = month >= 11 ? span.gregorianYear : span.gregorianYear + 1;
        return new LunarDate(year, month, (int) (day - newMoonDay(lunation, timeZone)) + 1, offset == span.leapOffset);
    }

    static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth, double timeZone) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new DateTimeException("No lunar date " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
        }
        Span span = Span.from(lunarMonth >= 11 ? lunarYear : lunarYear - 1, timeZone);
        int base = (lunarMonth + 1) % 12; // month 11 is offset 0, month 12 offset 1, month 1 offset 2, ...
        int offset;
        if (leapMonth) {
            if (span.leapOffset != base + 1) {
                throw new DateTimeException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            offset = base + 1;
        } else {
            offset = span.leapOffset >= 0 && base >= span.leapOffset ? base + 1 : base;
        }
        int lunation = span.firstLunation + offset;
        long start = newMoonDay(lunation, timeZone);
        if (lunarDay > newMoonDay(lunation + 1, timeZone) - start) {
            throw new DateTimeException("Lunar month " + lunarMonth + (leapMonth ? " (leap)" : "") + "/" + lunarYear
                    + " has no day " + lunarDay);
        }
        return LocalDate.ofEpochDay(start + lunarDay - 1);
    }

    /** The months from the month 11 holding the solstice of a Gregorian year up to the next month 11. */
    private record Span(int gregorianYear, int firstLunation, int leapOffset) {

        static Span from(int gregorianYear, double timeZone) {
            int first = month11(gregorianYear, timeZone);
            int next = month11(gregorianYear + 1, timeZone);
            int leap = -1;
            if (next - first == 13) {
                for (int offset = 1; offset <= 12 && leap < 0; offset++) {
                    if (!holdsPrincipalTerm(first + offset, timeZone)) {
                        leap = offset;
                    }
                }
                if (leap < 0) {
                    throw new IllegalStateException("No month without a principal term after " + gregorianYear);
                }
            }
            return new Span(gregorianYear, first, leap);
        }

        int monthNumber(int offset) {
            int ordinal = leapOffset >= 0 && offset >= leapOffset ? offset - 1 : offset;
            return (ordinal + 10) % 12 + 1;
        }
    }

    private static int month11(int gregorianYear, double timeZone) {
        int lunation = lunationHolding(LocalDate.of(gregorianYear, 12, 31).toEpochDay(), timeZone);
        // The sun already past 270° when the month began means the solstice fell in the month before.
        return sunSector(newMoonDay(lunation, timeZone), timeZone) >= 9 ? lunation - 1 : lunation;
    }

    private static boolean holdsPrincipalTerm(int lunation, double timeZone) {
        return sunSector(newMoonDay(lunation, timeZone), timeZone)
                != sunSector(newMoonDay(lunation + 1, timeZone), timeZone);
    }

    private static int lunationHolding(long day, double timeZone) {
        int lunation = (int) Math.floor((day + UNIX_EPOCH_JD - NEW_MOON_ZERO_JDE) / SYNODIC_MONTH);
        while (newMoonDay(lunation + 1, timeZone) <= day) {
            lunation++;
        }
        while (newMoonDay(lunation, timeZone) > day) {
            lunation--;
        }
        return lunation;
    }

    /** The local day (epoch day) of new moon number {@code lunation}, 0 being that of 6 January 2000. */
    private static long newMoonDay(int lunation, double timeZone) {
        double jde = newMoonJde(lunation);
        double jdUt = jde - deltaTSeconds(jde) / 86400.0;
        return (long) Math.floor(jdUt - UNIX_EPOCH_JD + timeZone / 24.0);
    }

    /** Which 30° sector of longitude the sun is in at local midnight beginning {@code day}. */
    private static int sunSector(long day, double timeZone) {
        double jdUt = day + UNIX_EPOCH_JD - timeZone / 24.0;
        return (int) Math.floor(sunApparentLongitude(jdUt + deltaTSeconds(jdUt) / 86400.0) / 30.0);
    }

    /** Meeus ch. 49: the true new moon, Julian Ephemeris Day (TT). */
    static double newMoonJde(int lunation) {
        double k = lunation;
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = NEW_MOON_ZERO_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4);
        double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        jde += -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        double[][] planetary = {
                {0.000325, 299.77, 0.107408}, {0.000165, 251.88, 0.016321}, {0.000164, 251.83, 26.651886},
                {0.000126, 349.42, 36.412478}, {0.000110, 84.66, 18.206239}, {0.000062, 141.74, 53.303771},
                {0.000060, 207.14, 2.453732}, {0.000056, 154.84, 7.306860}, {0.000047, 34.52, 27.261239},
                {0.000042, 207.19, 0.121824}, {0.000040, 291.34, 1.844379}, {0.000037, 161.72, 24.198154},
                {0.000035, 239.56, 25.513099}, {0.000023, 331.55, 3.592518}};
        for (int i = 0; i < planetary.length; i++) {
            double argument = planetary[i][1] + planetary[i][2] * k - (i == 0 ? 0.009173 * t2 : 0);
            jde += planetary[i][0] * Math.sin(Math.toRadians(argument));
        }
        return jde;
    }

    /** Meeus ch. 25, lower accuracy: the sun's apparent geocentric longitude in degrees, [0, 360). */
    static double sunApparentLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + center - 0.00569 - 0.00478 * Math.sin(omega);
        return lambda - 360 * Math.floor(lambda / 360);
    }

    /** ΔT = TT − UT in seconds, the Espenak–Meeus polynomials (NASA eclipse canon), 1900–2150. */
    static double deltaTSeconds(double jd) {
        double y = 2000 + (jd - 2451545.0) / 365.25;
        if (y < 1900 || y >= 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
}
