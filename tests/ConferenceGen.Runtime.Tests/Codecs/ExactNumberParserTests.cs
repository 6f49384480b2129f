using System;
using System.Globalization;
using System.Text;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// The netstandard2.0 runtime's own reading of decimal text gives exactly the value .NET (these tests run on .NET
/// 10, whose parsing is exact) gives, for doubles and floats, short and long, tiny and huge.
/// </summary>
public sealed class ExactNumberParserTests
{
    [Theory]
    [InlineData("0.6822871999174")]
    [InlineData("0.1")]
    [InlineData("-0.0075")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("000123.4500")]
    [InlineData("  42  ")]
    [InlineData("+7")]
    [InlineData("1E+17")]
    [InlineData("1e-5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("9007199254740993")]
    [InlineData("1.00000000000000011102230246251565404236316680908203125")]
    [InlineData("1.00000000000000011102230246251565404236316680908203126")]
    [InlineData("1.7976931348623157E+308")]
    [InlineData("1.7976931348623159E+308")]
    [InlineData("2.2250738585072011E-308")]
    [InlineData("2.2250738585072014E-308")]
    [InlineData("4.9406564584124654E-324")]
    [InlineData("2.4703282292062327E-324")]
    [InlineData("2.4703282292062328E-324")]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0.000000000000000000000000000000000000000000001")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    public void A_text_reads_as_dotnet_reads_it(string text)
    {
        Assert.True(ExactNumberParser.TryParse(text, out double value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
        Assert.True(ExactNumberParser.TryParse(text, out float single));
        Assert.Equal(BitConverter.SingleToInt32Bits(float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), BitConverter.SingleToInt32Bits(single));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("1.2.3")]
    [InlineData("0x10")]
    [InlineData("1,000")]
    public void Text_that_is_no_number_is_refused(string text) =>
        Assert.False(ExactNumberParser.TryParse(text, out double _));

    [Fact]
    public void Every_text_of_a_large_random_sample_reads_alike()
    {
        var random = new Random(20261201);
        var bits = new byte[8];
        for (var i = 0; i < 50_000; i++)
        {
            // The texts values are written as, and the same values with 17 to 40 digits.
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits, 0);
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                continue;
            }

            AssertSame(value.ToString("R", CultureInfo.InvariantCulture));
            AssertSame(value.ToString("E" + random.Next(16, 40), CultureInfo.InvariantCulture));

            // Decimal digits at random, at any scale.
            var digits = new StringBuilder();
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                digits.Append((char)('0' + random.Next(10)));
            }

            AssertSame(digits + "e" + random.Next(-340, 310));
            AssertSame("0." + digits);

            var single = BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31));
            if (!float.IsNaN(single) && !float.IsInfinity(single))
            {
                AssertSame(single.ToString("R", CultureInfo.InvariantCulture));
                AssertSame(single.ToString("E" + random.Next(8, 20), CultureInfo.InvariantCulture));
            }
        }
    }

    private static void AssertSame(string text)
    {
        Assert.True(ExactNumberParser.TryParse(text, out double value), text);
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{text}: {expected:R} ≠ {value:R}");
        Assert.True(ExactNumberParser.TryParse(text, out float single), text);
        var expectedSingle = float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.True(BitConverter.SingleToInt32Bits(expectedSingle) == BitConverter.SingleToInt32Bits(single), $"{text}: {expectedSingle:R} ≠ {single:R} (float)");
    }
}
