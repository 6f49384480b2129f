using System;
using System.Globalization;
using System.Numerics;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Decimal text to the nearest <see cref="double"/> or <see cref="float"/> (halves to even), as .NET Core 3.0 and
/// later read it. On .NET Framework and Mono neither double.Parse nor System.Text.Json's reader is always exact
/// (Mono's reader takes 0.6822871999174 for the value one step above it), so the netstandard2.0 runtime reads plain
/// decimals here: one exact operation when the digits and the power of ten are exact in binary, exact integer
/// arithmetic otherwise. Text of another shape (NaN, Infinity) is left to the platform.
/// </summary>
internal static class ExactNumberParser
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private static readonly Format Double = new(Bits: 53, MinExponent: -1074, MaxExponent: 971, FastDigits: 15, FastPowers: 22);
    private static readonly Format Single = new(Bits: 24, MinExponent: -149, MaxExponent: 104, FastDigits: 7, FastPowers: 10);

    public static bool TryParse(string text, out double value)
    {
        if (!TryDecompose(text, out var negative, out var digits, out var exponent))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        value = Nearest(negative, digits, exponent, Double);
        return true;
    }

    public static bool TryParse(string text, out float value)
    {
        if (!TryDecompose(text, out var negative, out var digits, out var exponent))
        {
            return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        value = (float)Nearest(negative, digits, exponent, Single);
        return true;
    }

    private sealed record Format(int Bits, int MinExponent, int MaxExponent, int FastDigits, int FastPowers);

    /// <summary>[ws][sign]digits[.digits][(e|E)[sign]digits][ws] as its sign, its significant digits and the power of ten they are scaled by.</summary>
    private static bool TryDecompose(string text, out bool negative, out string digits, out long exponent)
    {
        (negative, digits, exponent) = (false, string.Empty, 0);
        var s = text.Trim();
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            i++;
        }

        var significant = new System.Text.StringBuilder();
        var seenDigit = false;
        var afterPoint = 0;
        var pointSeen = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= '0' && c <= '9')
            {
                seenDigit = true;
                if (significant.Length > 0 || c != '0')
                {
                    significant.Append(c);
                }

                if (pointSeen)
                {
                    afterPoint++;
                }
            }
            else if (c == '.' && !pointSeen)
            {
                pointSeen = true;
            }
            else
            {
                break;
            }
        }

        if (!seenDigit)
        {
            return false;
        }

        long written = 0;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            var exponentNegative = false;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                exponentNegative = s[i] == '-';
                i++;
            }

            var start = i;
            for (; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++)
            {
                // Beyond any double's range either way; more digits change nothing.
                written = Math.Min(written * 10 + (s[i] - '0'), 100_000);
            }

            if (i == start)
            {
                return false;
            }

            written = exponentNegative ? -written : written;
        }

        if (i != s.Length)
        {
            return false;
        }

        digits = significant.ToString();
        exponent = written - afterPoint;
        return true;
    }

    /// <summary>The nearest value of the format to ± digits × 10^exponent.</summary>
    private static double Nearest(bool negative, string digits, long exponent, Format format)
    {
        double magnitude;
        if (digits.Length == 0 || exponent + digits.Length < -400)
        {
            magnitude = 0;
        }
        else if (exponent + digits.Length > 400)
        {
            magnitude = double.PositiveInfinity;
        }
        else if (digits.Length <= format.FastDigits && Math.Abs(exponent) <= format.FastPowers)
        {
            // Both operands are exact, and one IEEE operation rounds once.
            var significand = (double)long.Parse(digits, CultureInfo.InvariantCulture);
            magnitude = exponent >= 0 ? significand * PowersOfTen[exponent] : significand / PowersOfTen[-exponent];
            if (ReferenceEquals(format, Single))
            {
                magnitude = (float)magnitude;
            }
        }
        else
        {
            magnitude = Exact(BigInteger.Parse(digits, CultureInfo.InvariantCulture), (int)exponent, format);
        }

        return negative ? -magnitude : magnitude;
    }

    /// <summary>numerator / denominator rounded to <see cref="Format.Bits"/> bits, halves to even, with subnormals and overflow.</summary>
    private static double Exact(BigInteger digits, int exponent, Format format)
    {
        var numerator = exponent >= 0 ? digits * BigInteger.Pow(10, exponent) : digits;
        var denominator = exponent >= 0 ? BigInteger.One : BigInteger.Pow(10, -exponent);

        // value = quotient × 2^binary, with quotient of exactly Bits bits (fewer for subnormals).
        var binary = BitLength(numerator) - BitLength(denominator) - format.Bits;
        var low = BigInteger.One << (format.Bits - 1);
        var high = BigInteger.One << format.Bits;
        BigInteger quotient, remainder, divisor;
        while (true)
        {
            binary = Math.Max(binary, format.MinExponent);
            (quotient, remainder, divisor) = Divide(numerator, denominator, binary);
            if (quotient >= high)
            {
                binary++;
            }
            else if (quotient < low && binary > format.MinExponent)
            {
                binary--;
            }
            else
            {
                break;
            }
        }

        var twice = remainder * 2;
        if (twice > divisor || (twice == divisor && !quotient.IsEven))
        {
            quotient += 1;
            if (quotient == high)
            {
                quotient >>= 1;
                binary++;
            }
        }

        if (binary > format.MaxExponent)
        {
            return double.PositiveInfinity;
        }

        // The bits themselves: a biased exponent above the fraction, or none for a subnormal (quotient below 2^(Bits-1)).
        var fraction = (ulong)quotient;
        var biased = fraction < (1UL << (format.Bits - 1)) ? 0UL : (ulong)(binary - format.MinExponent + 1);
        var bits = (biased << (format.Bits - 1)) | (fraction & ((1UL << (format.Bits - 1)) - 1));
        return ReferenceEquals(format, Single)
            ? BitConverter.ToSingle(BitConverter.GetBytes((uint)bits), 0)
            : BitConverter.Int64BitsToDouble((long)bits);
    }

    private static (BigInteger Quotient, BigInteger Remainder, BigInteger Divisor) Divide(BigInteger numerator, BigInteger denominator, int binary)
    {
        var (scaledNumerator, divisor) = binary >= 0 ? (numerator, denominator << binary) : (numerator << -binary, denominator);
        var quotient = BigInteger.DivRem(scaledNumerator, divisor, out var remainder);
        return (quotient, remainder, divisor);
    }

    private static int BitLength(BigInteger value) => value.IsZero ? 0 : (int)Math.Floor(BigInteger.Log(value, 2)) + 1;
}
