using System.Text;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>
/// The literal text of a path template as it must go on the wire: characters a URI path cannot hold (quotes,
/// spaces, non-ASCII) are percent-encoded as UTF-8, and what RFC 3986 allows in a path, including existing
/// <c>%XX</c> escapes, is kept as the spec wrote it.
/// </summary>
internal static class PathLiteral
{
    public static string Encode(string text)
    {
        if (IsAllowedAsIs(text))
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80 && (IsPathChar((char)b) || IsEscape(bytes, i)))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static bool IsAllowedAsIs(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!(text[i] < 0x80 && IsPathChar(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    // pchar (unreserved / sub-delims / ":" / "@") and "/".
    private static bool IsPathChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@' or '/';

    private static bool IsEscape(byte[] bytes, int i) =>
        bytes[i] == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]);

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');
}
