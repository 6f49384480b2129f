using System;
using System.Globalization;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// The netstandard2.0 runtime's own text for binary floating point is exactly what .NET (these tests run on .NET 10)
/// writes with "R", built only from the fixed-precision formats .NET Framework gets right.
/// </summary>
public sealed class ShortestNumberTextTests
{
    public static TheoryData<double> Doubles() =>
    [
        0.1, 0.3, 1.0 / 3, 0.1 + 0.2, 0.6822871999174, 0.7999999999999999, 100, 12.5, -42.125, 123456789012345,
        1234567890123456, 1e15, 1e16, 1e17, 1.5e17, 1e21, 1.5e300, double.MaxValue, double.MinValue,
        1e-4, 1.5e-4, 1e-5, 1.234e-5, 0.000123456789, double.Epsilon, 2.2250738585072014e-308, -0.0, 0.0,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    [Theory]
    [MemberData(nameof(Doubles))]
    public void A_double_is_written_as_dotnet_writes_it(double value) =>
        Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), ShortestNumberText.Format(value));

    [Theory]
    [InlineData(0.1f)]
    [InlineData(123.456f)]
    [InlineData(1e7f)]
    [InlineData(1e8f)]
    [InlineData(1e9f)]
    [InlineData(123456789f)]
    [InlineData(16777216f)]
    [InlineData(1e-4f)]
    [InlineData(1e-5f)]
    [InlineData(float.MaxValue)]
    [InlineData(float.Epsilon)]
    [InlineData(-0.0f)]
    [InlineData(float.NaN)]
    public void A_float_is_written_as_dotnet_writes_it(float value) =>
        Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), ShortestNumberText.Format(value));

    [Fact]
    public void Every_double_of_a_large_random_sample_matches()
    {
        var random = new Random(20261201);
        var bits = new byte[8];
        for (var i = 0; i < 100_000; i++)
        {
            random.NextBytes(bits);
            AssertSame(BitConverter.ToDouble(bits, 0));

            // Values people send: a few decimal digits at some scale.
            AssertSame(random.Next(-1_000_000, 1_000_000) * Math.Pow(10, random.Next(-12, 12)));
        }
    }

    [Fact]
    public void Every_float_of_a_large_random_sample_matches()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 100_000; i++)
        {
            var value = BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31));
            var expected = value.ToString("R", CultureInfo.InvariantCulture);
            Assert.True(expected == ShortestNumberText.Format(value), $"{expected} ≠ {ShortestNumberText.Format(value)}");

            var human = (float)(random.Next(-100_000, 100_000) * Math.Pow(10, random.Next(-8, 8)));
            expected = human.ToString("R", CultureInfo.InvariantCulture);
            Assert.True(expected == ShortestNumberText.Format(human), $"{expected} ≠ {ShortestNumberText.Format(human)}");
        }
    }

    private static void AssertSame(double value)
    {
        var expected = value.ToString("R", CultureInfo.InvariantCulture);
        var actual = ShortestNumberText.Format(value);
        Assert.True(expected == actual, $"{expected} ≠ {actual} (bits {BitConverter.DoubleToInt64Bits(value):X16})");
    }
}
