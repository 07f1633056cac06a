using System.Text;
using Graph.Core.Errors;

namespace Graph.Core.Values;

/// <summary>
/// Cypher's DATE: a proleptic ISO calendar date between -999999999-01-01 and +999999999-12-31.
/// <see cref="ToString"/> gives Neo4j's canonical form (<c>2015-07-21</c>, <c>0028-11-11</c>,
/// <c>+10000-01-01</c>); <see cref="Parse"/> accepts every ISO form Cypher's <c>date()</c> accepts.
/// </summary>
public sealed class CypherDate : IEquatable<CypherDate>
{
    public const int MinYear = -999_999_999;
    public const int MaxYear = 999_999_999;

    private CypherDate(int year, int month, int day, long epochDay)
    {
        Year = year;
        Month = month;
        Day = day;
        EpochDay = epochDay;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    /// <summary>Days since 1970-01-01.</summary>
    public long EpochDay { get; }

    /// <summary>ISO day of week: Monday = 1 … Sunday = 7.</summary>
    public int DayOfWeek => IsoCalendar.DayOfWeek(EpochDay);

    public int DayOfYear => IsoCalendar.DayOfYear(Year, Month, Day);

    public int Quarter => ((Month - 1) / 3) + 1;

    public int DayOfQuarter => (int)(EpochDay - IsoCalendar.ToEpochDay(Year, ((Quarter - 1) * 3) + 1, 1)) + 1;

    /// <summary>The ISO week-based year (1 January may belong to the previous one).</summary>
    public int WeekYear => (int)IsoCalendar.WeekOf(EpochDay).WeekYear;

    /// <summary>The ISO week of <see cref="WeekYear"/>, 1 … 53.</summary>
    public int Week => IsoCalendar.WeekOf(EpochDay).Week;

    public int LengthOfMonth => IsoCalendar.LengthOfMonth(Year, Month);

    public bool IsLeapYear => IsoCalendar.IsLeapYear(Year);

    public static CypherDate Of(long year, long month, long day)
    {
        CheckYear(year);
        Check("month", month, 1, 12);
        Check("day", day, 1, IsoCalendar.LengthOfMonth(year, (int)month));
        return new CypherDate((int)year, (int)month, (int)day, IsoCalendar.ToEpochDay(year, (int)month, (int)day));
    }

    public static CypherDate OfEpochDay(long epochDay)
    {
        var (year, month, day) = IsoCalendar.FromEpochDay(epochDay);
        CheckYear(year);
        return new CypherDate((int)year, month, day, epochDay);
    }

    /// <summary>The date of an ISO week date: week-based year, week 1 … 52/53, day of week 1 (Monday) … 7.</summary>
    public static CypherDate OfWeekDate(long weekYear, long week, long dayOfWeek)
    {
        CheckYear(weekYear);
        Check("week", week, 1, IsoCalendar.WeeksInWeekYear(weekYear));
        Check("dayOfWeek", dayOfWeek, 1, 7);
        return OfEpochDay(IsoCalendar.WeekOneMonday(weekYear) + ((week - 1) * 7) + (dayOfWeek - 1));
    }

    public static CypherDate OfOrdinalDate(long year, long dayOfYear)
    {
        CheckYear(year);
        Check("ordinalDay", dayOfYear, 1, IsoCalendar.LengthOfYear(year));
        return OfEpochDay(IsoCalendar.ToEpochDay(year, 1, 1) + dayOfYear - 1);
    }

    public static CypherDate OfQuarterDate(long year, long quarter, long dayOfQuarter)
    {
        CheckYear(year);
        Check("quarter", quarter, 1, 4);
        var start = IsoCalendar.ToEpochDay(year, (int)(((quarter - 1) * 3) + 1), 1);
        var end = quarter == 4 ? IsoCalendar.ToEpochDay(year + 1, 1, 1) : IsoCalendar.ToEpochDay(year, (int)((quarter * 3) + 1), 1);
        Check("dayOfQuarter", dayOfQuarter, 1, end - start);
        return OfEpochDay(start + dayOfQuarter - 1);
    }

    /// <summary>Parses every ISO form Cypher's <c>date()</c> accepts (<c>2015-07-21</c>, <c>20150721</c>, <c>2015-W30-2</c>, <c>2015-202</c>, <c>2015</c> …).</summary>
    public static CypherDate Parse(string text) => TemporalParser.ParseDate(text);

    public CypherDate PlusDays(long days) => days == 0 ? this : OfEpochDay(checked(EpochDay + days));

    /// <summary>Adds calendar months; the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29).</summary>
    public CypherDate PlusMonths(long months)
    {
        if (months == 0)
        {
            return this;
        }

        var total = checked((Year * 12L) + (Month - 1) + months);
        var year = IsoCalendar.FloorDiv(total, 12);
        var month = (int)IsoCalendar.FloorMod(total, 12) + 1;
        CheckYear(year);
        return Of(year, month, Math.Min(Day, IsoCalendar.LengthOfMonth(year, month)));
    }

    public CypherDate WithYear(long year)
    {
        CheckYear(year);
        return Of(year, Month, Math.Min(Day, IsoCalendar.LengthOfMonth(year, Month)));
    }

    public CypherDate WithMonth(long month)
    {
        Check("month", month, 1, 12);
        return Of(Year, month, Math.Min(Day, IsoCalendar.LengthOfMonth(Year, (int)month)));
    }

    public CypherDate WithDay(long day) => Of(Year, Month, day);

    public CypherDate WithDayOfYear(long dayOfYear) => OfOrdinalDate(Year, dayOfYear);

    /// <summary>Moves to another quarter keeping the month within the quarter and the (clamped) day.</summary>
    public CypherDate WithQuarter(long quarter)
    {
        Check("quarter", quarter, 1, 4);
        return PlusMonths((quarter - Quarter) * 3);
    }

    public CypherDate WithDayOfQuarter(long dayOfQuarter) => OfQuarterDate(Year, Quarter, dayOfQuarter);

    /// <summary>Moves to the same week and weekday of another week-based year (the week clamped to that year's weeks).</summary>
    public CypherDate WithWeekYear(long weekYear)
    {
        CheckYear(weekYear);
        var week = Math.Min(Week, IsoCalendar.WeeksInWeekYear(weekYear));
        return OfWeekDate(weekYear, week, DayOfWeek);
    }

    public CypherDate WithWeek(long week)
    {
        Check("week", week, 1, IsoCalendar.WeeksInWeekYear(WeekYear));
        return PlusDays((week - Week) * 7);
    }

    public CypherDate WithDayOfWeek(long dayOfWeek)
    {
        Check("dayOfWeek", dayOfWeek, 1, 7);
        return PlusDays(dayOfWeek - DayOfWeek);
    }

    public bool Equals(CypherDate? other) => other is not null && other.EpochDay == EpochDay;

    public override bool Equals(object? obj) => Equals(obj as CypherDate);

    public override int GetHashCode() => EpochDay.GetHashCode();

    public int CompareTo(CypherDate? other) => other is null ? 1 : EpochDay.CompareTo(other.EpochDay);

    public override string ToString()
    {
        var text = new StringBuilder(12);
        TemporalFormat.AppendDate(text, Year, Month, Day);
        return text.ToString();
    }

    internal static void CheckYear(long year) => Check("year", year, MinYear, MaxYear);

    internal static void Check(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw new CypherArgumentException(
                $"Invalid value for {field} (valid values {min} - {max}): {value}", "InvalidArgumentValue");
        }
    }
}
