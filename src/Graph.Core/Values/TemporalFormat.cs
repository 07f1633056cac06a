using System.Globalization;
using System.Text;

namespace Graph.Core.Values;

/// <summary>Renders temporal parts exactly as java.time (and therefore Neo4j's <c>toString()</c>) does.</summary>
internal static class TemporalFormat
{
    public static void AppendDate(StringBuilder text, long year, int month, int day)
    {
        var absYear = Math.Abs(year);
        if (absYear < 1000)
        {
            if (year < 0)
            {
                text.Append('-');
            }

            text.Append(absYear.ToString("D4", CultureInfo.InvariantCulture));
        }
        else
        {
            if (year > 9999)
            {
                text.Append('+');
            }

            text.Append(year.ToString(CultureInfo.InvariantCulture));
        }

        text.Append('-').Append(Two(month)).Append('-').Append(Two(day));
    }

    /// <summary>HH:mm, then :ss when seconds or nanoseconds are set, then 3, 6 or 9 fraction digits.</summary>
    public static void AppendTime(StringBuilder text, long nanoOfDay)
    {
        var hour = (int)(nanoOfDay / 3_600_000_000_000L);
        var minute = (int)(nanoOfDay / 60_000_000_000L % 60);
        var second = (int)(nanoOfDay / IsoCalendar.NanosPerSecond % 60);
        var nano = (int)(nanoOfDay % IsoCalendar.NanosPerSecond);
        text.Append(Two(hour)).Append(':').Append(Two(minute));
        if (second == 0 && nano == 0)
        {
            return;
        }

        text.Append(':').Append(Two(second));
        if (nano == 0)
        {
            return;
        }

        text.Append('.');
        if (nano % 1_000_000 == 0)
        {
            text.Append((nano / 1_000_000).ToString("D3", CultureInfo.InvariantCulture));
        }
        else if (nano % 1000 == 0)
        {
            text.Append((nano / 1000).ToString("D6", CultureInfo.InvariantCulture));
        }
        else
        {
            text.Append(nano.ToString("D9", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Z for UTC, otherwise ±HH:MM with :SS only when the offset has seconds.</summary>
    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var abs = Math.Abs(offsetSeconds);
        var text = new StringBuilder(9);
        text.Append(offsetSeconds < 0 ? '-' : '+').Append(Two(abs / 3600)).Append(':').Append(Two(abs / 60 % 60));
        if (abs % 60 != 0)
        {
            text.Append(':').Append(Two(abs % 60));
        }

        return text.ToString();
    }

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
