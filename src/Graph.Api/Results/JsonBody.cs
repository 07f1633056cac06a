using System.Text;
using Graph.Api.Configuration;
using Graph.Api.Problems;
using Graph.Core.Errors;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Results;

/// <summary>
/// Reads a JSON object body for the endpoints that take Cypher values (the Cypher console, the Query API), within
/// <see cref="GraphOptions.MaxRequestBodyBytes"/>: a larger body is refused with 413 before it is parsed, and the body
/// is always read to its end so a kept-alive connection stays usable after an error. The body is decoded strictly
/// as UTF-8 (a leading byte-order mark is allowed): invalid bytes are refused, never stored as U+FFFD.
/// </summary>
public sealed class JsonBody(IOptions<GraphOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public async Task<JObject?> ReadObjectAsync(HttpRequest request, bool allowEmpty, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            throw new RequestTooLargeException(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new RequestTooLargeException(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return allowEmpty ? null : throw new RequestParameterException("body", "a JSON object is required.");
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (LoneSurrogateEscape(bytes) is var at and >= 0)
        {
            throw new ClientException(Codes.InvalidFormat, $"The request body holds an unpaired UTF-16 surrogate escape at byte {at}; text must be valid Unicode.");
        }

        buffer.Position = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        try
        {
            using var text = new StreamReader(buffer, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            var token = await JToken.ReadFromAsync(reader, cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                throw new ClientException(Codes.InvalidFormat, "The request body holds more than one JSON value.");
            }

            return token as JObject ?? throw new ClientException(Codes.InvalidFormat, "The request body must be a JSON object.");
        }
        catch (JsonReaderException e)
        {
            throw new ClientException(Codes.InvalidFormat, $"The request body is not valid JSON: {e.Message}");
        }
        catch (DecoderFallbackException e)
        {
            throw new ClientException(Codes.InvalidFormat, $"The request body is not valid UTF-8 (byte {e.Index}); send JSON in UTF-8.");
        }
    }

    /// <summary>
    /// The offset of a <c>\uD800</c>-style escape without its pair inside a JSON string, or -1. Such an escape is valid
    /// JSON but not text, and the JSON reader turns it into U+FFFD: the same silent change as invalid UTF-8, so it is
    /// found in the raw bytes (escapes are ASCII) and refused the same way. Malformed escapes are the parser's to report.
    /// </summary>
    private static int LoneSurrogateEscape(ReadOnlySpan<byte> json)
    {
        var inString = false;
        var pendingHigh = -1;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (!inString)
            {
                inString = b == '"';
                continue;
            }

            int unit;
            if (b == '\\' && i + 5 < json.Length && json[i + 1] == 'u' && (unit = Hex4(json.Slice(i + 2, 4))) >= 0)
            {
                if (char.IsLowSurrogate((char)unit) && pendingHigh >= 0)
                {
                    pendingHigh = -1;
                }
                else if (pendingHigh >= 0 || char.IsLowSurrogate((char)unit))
                {
                    return pendingHigh >= 0 ? pendingHigh : i;
                }
                else if (char.IsHighSurrogate((char)unit))
                {
                    pendingHigh = i;
                }

                i += 5;
                continue;
            }

            if (pendingHigh >= 0)
            {
                return pendingHigh;
            }

            if (b == '\\')
            {
                i++;
            }
            else if (b == '"')
            {
                inString = false;
            }
        }

        return pendingHigh;
    }

    private static int Hex4(ReadOnlySpan<byte> digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : -1;
}
