using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The text .NET Core 3.0 and later give a <see cref="double"/> or <see cref="float"/> ("R" and the default
/// format): the fewest significant digits that read back as the same value (the nearest of them to it), fixed
/// notation unless the decimal point would sit more than 17 (9 for float) digits right of the first digit or more
/// than 3 zeros left of it. .NET Framework (and Mono) cannot be asked for it: "R" there is 15 digits or else 17,
/// and the 17 digits, like double.Parse, are not exact (0.6822871999174 comes out as 0.68228719991740006, which
/// reads back as another value); System.Text.Json there writes G17 (0.1 becomes 0.10000000000000001). So the digits
/// are worked out here from the value's bits with exact integer arithmetic: the free-format algorithm of Steele
/// and White as Burger and Dybvig state it ("Printing floating-point numbers quickly and accurately", 1996).
/// </summary>
internal static class ShortestNumberText
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var fraction = (ulong)bits & 0xF_FFFF_FFFF_FFFF;
        var biased = (int)((bits >> 52) & 0x7FF);
        var significand = biased == 0 ? fraction : fraction | (1UL << 52);
        var exponent = (biased == 0 ? 1 : biased) - 1075;
        return Format(bits < 0, significand, exponent, lowerGapIsHalf: fraction == 0 && biased > 1, exactIntegerBelow: 1L << 53, scientificBeyond: 17, value);
    }

    public static string Format(float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var bits = BitConverter.ToInt32(BitConverter.GetBytes(value), 0);
        var fraction = (ulong)(bits & 0x7F_FFFF);
        var biased = (bits >> 23) & 0xFF;
        var significand = biased == 0 ? fraction : fraction | (1UL << 23);
        var exponent = (biased == 0 ? 1 : biased) - 150;
        return Format(bits < 0, significand, exponent, lowerGapIsHalf: fraction == 0 && biased > 1, exactIntegerBelow: 1L << 24, scientificBeyond: 9, value);
    }

    /// <param name="negative">The sign bit (zero keeps it: "-0", as on .NET Core).</param>
    /// <param name="significand">The value is <paramref name="significand"/> × 2^<paramref name="exponent"/>.</param>
    /// <param name="exponent">The binary exponent.</param>
    /// <param name="lowerGapIsHalf">A power of two above the smallest exponent: the next value down is half as far as the next one up.</param>
    /// <param name="exactIntegerBelow">Integers smaller than this are their own shortest digits.</param>
    /// <param name="scientificBeyond">Digits before the point beyond which the notation is scientific.</param>
    /// <param name="value">The value, for the estimate of its decimal exponent and the integer shortcut.</param>
    private static string Format(bool negative, ulong significand, int exponent, bool lowerGapIsHalf, long exactIntegerBelow, int scientificBeyond, double value)
    {
        var magnitude = Math.Abs(value);
        string digits;
        int point;
        if (significand == 0)
        {
            (digits, point) = ("0", 1);
        }
        else if (magnitude < exactIntegerBelow && magnitude == Math.Floor(magnitude))
        {
            var integer = ((long)magnitude).ToString(CultureInfo.InvariantCulture);
            (digits, point) = (integer.TrimEnd('0'), integer.Length);
        }
        else
        {
            (digits, point) = ShortestDigits(significand, exponent, lowerGapIsHalf, magnitude);
        }

        return Notation(negative, digits, point, scientificBeyond);
    }

    /// <summary>The shortest digits d1 d2 … dn and the point p such that 0.d1…dn × 10^p reads back as the value.</summary>
    private static (string Digits, int Point) ShortestDigits(ulong significand, int exponent, bool lowerGapIsHalf, double magnitude)
    {
        // value = r / s; the values that read back as it reach up to (r + high) / s and down to (r - low) / s,
        // their ends included when the significand is even (reading rounds halves to even).
        BigInteger r, s, high, low;
        var f = new BigInteger(significand);
        if (exponent >= 0)
        {
            var unit = BigInteger.One << exponent;
            (r, s, high, low) = lowerGapIsHalf ? (f * unit * 4, new BigInteger(4), unit * 2, unit) : (f * unit * 2, new BigInteger(2), unit, unit);
        }
        else
        {
            (r, s, high, low) = lowerGapIsHalf
                ? (f * 4, BigInteger.One << (2 - exponent), new BigInteger(2), BigInteger.One)
                : (f * 2, BigInteger.One << (1 - exponent), BigInteger.One, BigInteger.One);
        }

        var inclusive = (significand & 1) == 0;

        // The decimal exponent: the smallest point with (r + high) / s below 10^point; the logarithm's estimate can be one off.
        var point = (int)Math.Ceiling(Math.Log10(magnitude));
        if (point >= 0)
        {
            s *= BigInteger.Pow(10, point);
        }
        else
        {
            var scale = BigInteger.Pow(10, -point);
            (r, high, low) = (r * scale, high * scale, low * scale);
        }

        while (inclusive ? r + high >= s : r + high > s)
        {
            s *= 10;
            point++;
        }

        while (inclusive ? (r + high) * 10 < s : (r + high) * 10 <= s)
        {
            (r, high, low) = (r * 10, high * 10, low * 10);
            point--;
        }

        var digits = new StringBuilder(17);
        while (true)
        {
            (r, high, low) = (r * 10, high * 10, low * 10);
            var digit = (int)BigInteger.DivRem(r, s, out r);
            var closeBelow = inclusive ? r <= low : r < low;
            var closeAbove = inclusive ? r + high >= s : r + high > s;
            if (!closeBelow && !closeAbove)
            {
                digits.Append((char)('0' + digit));
                continue;
            }

            // Both digits would read back: the nearer one (a tie rounds to even).
            var twice = r * 2;
            var up = closeAbove && (!closeBelow || twice > s || (twice == s && (digit & 1) == 1));
            digits.Append((char)('0' + digit + (up ? 1 : 0)));
            return (digits.ToString(), point);
        }
    }

    /// <summary>0.digits × 10^point, written as .NET Core writes it.</summary>
    private static string Notation(bool negative, string digits, int point, int scientificBeyond)
    {
        var text = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            text.Append('-');
        }

        if (digits == "0")
        {
            return text.Append('0').ToString();
        }

        if (point > scientificBeyond || point < -3)
        {
            var exponent = point - 1;
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits, 1, digits.Length - 1);
            }

            return text.Append('E').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture)).ToString();
        }

        if (point <= 0)
        {
            return text.Append("0.").Append('0', -point).Append(digits).ToString();
        }

        if (point >= digits.Length)
        {
            return text.Append(digits).Append('0', point - digits.Length).ToString();
        }

        return text.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point).ToString();
    }
}
