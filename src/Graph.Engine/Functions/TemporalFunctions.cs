using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>
/// The temporal functions: <c>date</c>, <c>localtime</c>, <c>time</c>, <c>localdatetime</c>, <c>datetime</c> (no
/// argument: now; a string: parse; a map: build; a temporal: select), their <c>.truncate</c>, <c>.realtime</c>,
/// <c>.statement</c> and <c>.transaction</c> forms, <c>datetime.fromepoch[millis]</c>, <c>duration</c> and
/// <c>duration.between/inMonths/inDays/inSeconds</c>. The default zone is UTC; "now" is the statement's clock
/// except for <c>.realtime</c>.
/// </summary>
internal static class TemporalFunctions
{
    private static readonly string[] Types = ["date", "localtime", "time", "localdatetime", "datetime"];

    public static IEnumerable<FunctionDefinition> Definitions { get; } = Build();

    private static List<FunctionDefinition> Build()
    {
        var definitions = new List<FunctionDefinition>();
        foreach (var type in Types)
        {
            definitions.Add(Fn(type, 0, 1, (a, context) => Construct(type, a, Clock(context))));
            definitions.Add(Fn(type + ".truncate", 2, 3, (a, context) => Truncate(type, a, Clock(context))));
            definitions.Add(Fn(type + ".statement", 0, 1, (a, context) => Now(type, a, Clock(context))));
            definitions.Add(Fn(type + ".transaction", 0, 1, (a, context) => Now(type, a, Clock(context))));
            definitions.Add(Fn(type + ".realtime", 0, 1, (a, _) => Now(type, a, new TemporalClock(DateTimeOffset.UtcNow))) with { IsDeterministic = false });
        }

        definitions.Add(Fn("datetime.fromepoch", (seconds, nanos) => FromEpoch(seconds, nanos)));
        definitions.Add(Fn("datetime.fromepochmillis", 1, millis => millis is null ? null : TemporalBuilder.FromEpochMillis(Integer("datetime.fromepochmillis", millis), CypherZone.Utc)));
        definitions.Add(Fn("duration", 1, Duration));
        definitions.Add(Fn("duration.between", (a, b) => Difference("duration.between", a, b, TemporalBetween.Between)));
        definitions.Add(Fn("duration.inMonths", (a, b) => Difference("duration.inMonths", a, b, TemporalBetween.InMonths)));
        definitions.Add(Fn("duration.inDays", (a, b) => Difference("duration.inDays", a, b, TemporalBetween.InDays)));
        definitions.Add(Fn("duration.inSeconds", (a, b) => Difference("duration.inSeconds", a, b, TemporalBetween.InSeconds)));
        return definitions;
    }

    private static TemporalClock Clock(IFunctionContext context) => new(context.StatementTime);

    private static object? Construct(string type, object?[] args, TemporalClock clock)
    {
        if (args.Length == 0)
        {
            return FromMap(type, TemporalMap.Parse(type, CypherValues.EmptyMap), clock);
        }

        var argument = args[0];
        switch (argument)
        {
            case null:
                return null;
            case string text:
                return Parse(type, text);
            default:
                if (CypherValues.TryGetMap(argument, out var map))
                {
                    var fields = TemporalMap.Parse(type, map);
                    return fields.HasNull ? null : FromMap(type, fields, clock);
                }

                return CypherValues.IsTemporal(argument)
                    ? Select(type, argument)
                    : throw WrongType(type, argument, "a STRING, MAP or temporal value");
        }
    }

    private static object Parse(string type, string text) => type switch
    {
        "date" => CypherDate.Parse(text),
        "localtime" => CypherLocalTime.Parse(text),
        "time" => CypherTime.Parse(text),
        "localdatetime" => CypherLocalDateTime.Parse(text),
        _ => CypherDateTime.Parse(text),
    };

    private static object FromMap(string type, TemporalMap fields, TemporalClock clock) => type switch
    {
        "date" => TemporalBuilder.BuildDate(fields, clock),
        "localtime" => TemporalBuilder.BuildLocalTime(fields, clock),
        "time" => TemporalBuilder.BuildTime(fields, clock),
        "localdatetime" => TemporalBuilder.BuildLocalDateTime(fields, clock),
        _ => TemporalBuilder.BuildDateTime(fields, clock),
    };

    /// <summary><c>date(datetime)</c> and the like: the parts of another temporal the type can hold.</summary>
    private static object Select(string type, object temporal) => type switch
    {
        "date" => TemporalBuilder.DateOf(temporal),
        "localtime" => TemporalBuilder.LocalTimeOf(temporal),
        "time" => temporal as CypherTime
            ?? CypherTime.Of(TemporalBuilder.LocalTimeOf(temporal), TemporalBuilder.ZoneOf(temporal).Offset ?? 0),
        "localdatetime" when temporal is CypherLocalDateTime or CypherDateTime => TemporalBuilder.LocalDateTimeOf(temporal),
        "datetime" when temporal is CypherDateTime dateTime => dateTime,
        "datetime" when temporal is CypherLocalDateTime local => CypherDateTime.Of(local, CypherZone.Utc),
        _ => throw TemporalMap.Invalid($"Cannot select a {type} from {temporal}"),
    };

    private static object? Now(string type, object?[] args, TemporalClock clock)
    {
        if (args.Length > 0 && args[0] is null)
        {
            return null;
        }

        var zone = args.Length > 0 && args[0] is { } name ? CypherZone.Parse(String(type, name)) : null;
        var now = clock.Now(zone);
        return type switch
        {
            "date" => now.Date,
            "localtime" => now.Time,
            "time" => CypherTime.Of(now.Time, now.OffsetSeconds),
            "localdatetime" => now.Local,
            _ => now,
        };
    }

    private static object? Truncate(string type, object?[] args, TemporalClock clock)
    {
        if (args[0] is null || args[1] is null)
        {
            return null;
        }

        var temporal = CypherValues.IsTemporal(args[1]) ? args[1]! : throw WrongType(type + ".truncate", args[1], "a temporal value");
        var fields = args.Length > 2 && args[2] is not null ? TemporalMap.Parse(type + ".truncate", Map(type + ".truncate", args[2])) : TemporalMap.Parse(type, CypherValues.EmptyMap);
        return TemporalTruncation.Truncate(type, args[0], temporal, fields, clock);
    }

    private static CypherDateTime? FromEpoch(object? seconds, object? nanos)
    {
        if (seconds is null || nanos is null)
        {
            return null;
        }

        var nano = Integer("datetime.fromepoch", nanos);
        if (nano is < 0 or > 999_999_999)
        {
            throw TemporalMap.Invalid($"Invalid value for nanosecond (valid values 0 - 999999999): {nano}");
        }

        return CypherDateTime.OfInstant(Integer("datetime.fromepoch", seconds), nano, CypherZone.Utc);
    }

    private static CypherDuration? Duration(object? value) => value switch
    {
        null => null,
        string text => CypherDuration.Parse(text),
        CypherDuration duration => duration,
        _ => CypherValues.TryGetMap(value, out var map) ? DurationBuilder.Build(map) : throw WrongType("duration", value, "a STRING or MAP"),
    };

    private static CypherDuration? Difference(string function, object? from, object? to, Func<object, object, CypherDuration> compute)
    {
        if (from is null || to is null)
        {
            return null;
        }

        if (!CypherValues.IsTemporal(from) || !CypherValues.IsTemporal(to))
        {
            throw WrongType(function, CypherValues.IsTemporal(from) ? to : from, "a temporal value");
        }

        return compute(from, to);
    }
}
