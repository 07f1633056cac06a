namespace Graph.Core.Values;

/// <summary>
/// Proleptic ISO-8601 calendar arithmetic over epoch days (1970-01-01 = 0), valid for Cypher's full
/// year range ±999,999,999 — far beyond <see cref="DateOnly"/>, which stops at year 9999.
/// </summary>
internal static class IsoCalendar
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long SecondsPerDay = 86_400L;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    public static bool IsLeapYear(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int LengthOfMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static int LengthOfYear(long year) => IsLeapYear(year) ? 366 : 365;

    // Days-from-civil after H. Hinnant's public-domain algorithm (eras of 400 years).
    public static long ToEpochDay(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146_097) + doe - 719_468;
    }

    public static (long Year, int Month, int Day) FromEpochDay(long epochDay)
    {
        var z = epochDay + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var doe = z - (era * 146_097);
        var yoe = (doe - (doe / 1460) + (doe / 36_524) - (doe / 146_096)) / 365;
        var y = yoe + (era * 400);
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7.</summary>
    public static int DayOfWeek(long epochDay) => (int)FloorMod(epochDay + 3, 7) + 1;

    public static int DayOfYear(long year, int month, int day) =>
        (int)(ToEpochDay(year, month, day) - ToEpochDay(year, 1, 1)) + 1;

    /// <summary>The Monday that starts ISO week 1 of <paramref name="weekYear"/> (the week holding 4 January).</summary>
    public static long WeekOneMonday(long weekYear)
    {
        var jan4 = ToEpochDay(weekYear, 1, 4);
        return jan4 - (DayOfWeek(jan4) - 1);
    }

    public static int WeeksInWeekYear(long weekYear) =>
        (int)((WeekOneMonday(weekYear + 1) - WeekOneMonday(weekYear)) / 7);

    public static (long WeekYear, int Week) WeekOf(long epochDay)
    {
        // The ISO week belongs to the year that holds its Thursday.
        var thursday = epochDay - (DayOfWeek(epochDay) - 1) + 3;
        var weekYear = FromEpochDay(thursday).Year;
        var week = (int)((thursday - WeekOneMonday(weekYear)) / 7) + 1;
        return (weekYear, week);
    }

    public static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0) && ((a ^ b) < 0) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);
}
