using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>Hexadecimal text of bytes, both ways.</summary>
internal static class Hex
{
    public static string Lower(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digit(bytes[i] >> 4);
            chars[(2 * i) + 1] = Digit(bytes[i] & 0xF);
        }

        return new string(chars);
    }

    /// <summary>The bytes of hex text in either case, or null when it is not hex.</summary>
    public static byte[]? TryDecode(string text)
    {
        if (text.Length % 2 != 0)
        {
            return null;
        }

        var bytes = new byte[text.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            var high = Value(text[2 * i]);
            var low = Value(text[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return null;
            }

            bytes[i] = (byte)((high << 4) | low);
        }

        return bytes;
    }

    private static char Digit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
