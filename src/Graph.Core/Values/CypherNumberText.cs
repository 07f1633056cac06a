using System.Globalization;
using System.Text;

namespace Graph.Core.Values;

/// <summary>
/// Formats numbers as Cypher's <c>toString()</c> does (Java's rules): integers plainly; floats with the shortest
/// round-tripping digits, always with a fraction (<c>1.0</c>), in scientific form outside [10⁻³, 10⁷)
/// (<c>1.0E20</c>, <c>1.5E-5</c>), and <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.
/// </summary>
public static class CypherNumberText
{
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var text = new StringBuilder(26);
        if (value < 0)
        {
            text.Append('-');
        }

        // exponent is the power of ten of the first digit: value = 0.d1d2… × 10^(exponent + 1).
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            if (exponent >= 0)
            {
                var integerDigits = exponent + 1;
                text.Append(digits.Length > integerDigits ? digits[..integerDigits] : digits.PadRight(integerDigits, '0'));
                text.Append('.').Append(digits.Length > integerDigits ? digits[integerDigits..] : "0");
            }
            else
            {
                text.Append("0.").Append('0', -exponent - 1).Append(digits);
            }
        }
        else
        {
            text.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0");
            text.Append('E').Append(exponent.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The shortest digit string that round-trips, and the decimal exponent of its first digit.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double magnitude)
    {
        var shortest = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var mantissa = shortest;
        var exponent = 0;
        var e = shortest.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exponent = int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point >= 0 ? mantissa[..point] : mantissa;
        var fractionPart = point >= 0 ? mantissa[(point + 1)..] : string.Empty;
        var allDigits = integerPart + fractionPart;
        var firstNonZero = 0;
        while (firstNonZero < allDigits.Length - 1 && allDigits[firstNonZero] == '0')
        {
            firstNonZero++;
        }

        var digits = allDigits[firstNonZero..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var firstDigitExponent = exponent + integerPart.Length - 1 - firstNonZero;
        return (digits, firstDigitExponent);
    }
}
