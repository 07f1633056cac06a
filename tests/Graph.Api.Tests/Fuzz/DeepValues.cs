using System.Text;

namespace Graph.Api.Tests.Fuzz;

/// <summary>
/// JSON parameter values as a client can send them: nested arrays and maps up to thousands deep, plain or in the Query
/// API's typed form (<c>{"$type": …, "_value": …}</c>, with wrong and unknown types too), long strings, numbers past
/// 64 bits, and the odd character.
/// </summary>
internal static class DeepValues
{
    private static readonly string[] Scalars =
    [
        "1", "-1", "0.5", "1e308", "-1e309", "18446744073709551616", "-9223372036854775809", "true", "null", "\"\"",
        "\"中芯国际\"", "\"\\u0000\"", "\"\\ud800\"", "\"x\"", "[]", "{}",
    ];

    private static readonly string[] TypedScalars =
    [
        """{"$type":"Integer","_value":"12"}""", """{"$type":"Integer","_value":"9223372036854775808"}""",
        """{"$type":"Float","_value":"NaN"}""", """{"$type":"String","_value":1}""", """{"$type":"Base64","_value":"%%%"}""",
        """{"$type":"Date","_value":"2021-02-30"}""", """{"$type":"Duration","_value":"P1Y2M3DT4H"}""",
        """{"$type":"Point","_value":"SRID=4326;POINT (1 2 3 4)"}""", """{"$type":"Node","_value":{}}""",
        """{"$type":"Nope","_value":1}""", """{"$type":"List","_value":"x"}""", """{"$type":"Map","_value":[]}""",
        """{"$type":"ZonedDateTime","_value":"2021-01-01T00:00:00[Mars/Olympus]"}""",
    ];

    /// <summary>A value, typed (Query API typed JSON) or plain, of random shape and depth.</summary>
    public static string Next(Random random, bool typed)
    {
        var depth = random.Next(4) == 0 ? (int)Math.Pow(10, random.NextDouble() * 4.3) : random.Next(0, 4);
        var text = new StringBuilder();
        Write(text, random, depth, typed);
        return text.ToString();
    }

    private static void Write(StringBuilder text, Random random, int depth, bool typed)
    {
        // Iterative on purpose: the generator must not be the one to overflow its stack at 20,000 levels.
        var closers = new Stack<string>();
        for (var level = 0; level < depth; level++)
        {
            switch ((typed ? random.Next(2) : 0) + (random.Next(2) * 2))
            {
                case 0:
                    text.Append('[');
                    closers.Push("]");
                    break;
                case 1:
                    text.Append("""{"$type":"List","_value":[""");
                    closers.Push("]}");
                    break;
                case 2:
                    text.Append("""{"k":""");
                    closers.Push("}");
                    break;
                default:
                    text.Append("""{"$type":"Map","_value":{"k":""");
                    closers.Push("}}");
                    break;
            }
        }

        var leaves = typed && random.Next(2) == 0 ? TypedScalars : Scalars;
        text.Append(random.Next(10) == 0 ? $"\"{new string('x', random.Next(1, 500_000))}\"" : leaves[random.Next(leaves.Length)]);
        while (closers.Count > 0)
        {
            text.Append(closers.Pop());
        }
    }
}
