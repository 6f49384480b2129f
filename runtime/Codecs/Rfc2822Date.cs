using System;
using System.Globalization;

namespace ConferenceGen.Runtime.Codecs;

// Hidden: the parser behind Rfc2822DateTimeCodec; models already carry such dates as DateTimeOffset.
/// <summary>
/// RFC 2822 (section 3.3) dates: <c>Mon, 22 Aug 2011 20:58:45 +0000</c>. Parsing is lenient where real
/// servers are (full month names such as <c>Sept</c>, two-digit years, obsolete zone names, no seconds);
/// formatting always writes the canonical form with a numeric zone.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class Rfc2822Date
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>Formats a date as RFC 2822 with its own offset, for example <c>Mon, 22 Aug 2011 20:58:45 +0000</c>.</summary>
    public static string Format(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return FormattableString.Invariant(
            $"{Days[(int)value.DayOfWeek]}, {value.Day:00} {Months[value.Month - 1]} {value.Year:0000} {value.Hour:00}:{value.Minute:00}:{value.Second:00} {sign}{absolute.Hours:00}{absolute.Minutes:00}");
    }

    /// <summary>Parses an RFC 2822 date; false when the text is not one.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var rest = text.AsSpan().Trim();
        if (TryParseCanonical(rest, out value))
        {
            return true;
        }

        var comma = rest.IndexOf(',');
        if (comma >= 0)
        {
            rest = rest[(comma + 1)..];
        }

        Span<Range> parts = stackalloc Range[6];
        var count = rest.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries | TrimEntries);
        if (count < 4)
        {
            return false;
        }

        if (!TryParseDigits(rest[parts[0]], out var day)
            || !TryParseMonth(rest[parts[1]], out var month)
            || !TryParseYear(rest[parts[2]], out var year)
            || !TryParseTime(rest[parts[3]], out var time))
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (count >= 5 && !TryParseZone(rest[parts[4]], out offset))
        {
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day).Add(time), offset);
        return true;
    }

    // The form servers write (and Format writes), `Mon, 22 Aug 2011 20:58:45 +0000`, read by position; anything else
    // takes the lenient path.
    private static bool TryParseCanonical(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 31 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' || text[16] != ' '
            || text[19] != ':' || text[22] != ':' || text[25] != ' ' || (text[26] != '+' && text[26] != '-')
            || !TryParseDigits(text.Slice(5, 2), out var day)
            || !TryParseMonth(text.Slice(8, 3), out var month)
            || !TryParseDigits(text.Slice(12, 4), out var year)
            || !TryParseDigits(text.Slice(17, 2), out var hour)
            || !TryParseDigits(text.Slice(20, 2), out var minute)
            || !TryParseDigits(text.Slice(23, 2), out var second)
            || !TryParseDigits(text.Slice(27, 2), out var zoneHours)
            || !TryParseDigits(text.Slice(29, 2), out var zoneMinutes))
        {
            return false;
        }

        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60
            || zoneMinutes > 59 || (zoneHours * 60) + zoneMinutes > MaxOffsetMinutes)
        {
            return false;
        }

        var offset = new TimeSpan(zoneHours, zoneMinutes, 0);
        value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), text[26] == '-' ? -offset : offset);
        return true;
    }

    // DateTimeOffset takes offsets up to 14 hours either way.
    private const int MaxOffsetMinutes = 14 * 60;

    private static bool TryParseMonth(ReadOnlySpan<char> text, out int month)
    {
        month = 0;
        if (text.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < Months.Length; i++)
        {
            if (text[..3].Equals(Months[i], StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    // StringSplitOptions.TrimEntries (.NET 5+), by value: the span Split of netstandard2.0's polyfill honours it too.
    private const StringSplitOptions TrimEntries = (StringSplitOptions)2;

    /// <summary>Digits only, as <c>int.TryParse(…, NumberStyles.None, …)</c> reads them: no sign, no spaces; false on overflow.</summary>
    private static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        long total = 0;
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                value = 0;
                return false;
            }

            total = (total * 10) + (c - '0');
            if (total > int.MaxValue)
            {
                value = 0;
                return false;
            }
        }

        value = (int)total;
        return true;
    }

    private static bool TryParseYear(ReadOnlySpan<char> text, out int year)
    {
        if (!TryParseDigits(text, out year))
        {
            return false;
        }

        // RFC 2822 4.3: two-digit years below 50 are 20xx, others 19xx; three digits add 1900.
        if (text.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }
        else if (text.Length == 3)
        {
            year += 1900;
        }

        return year is >= 1 and <= 9999;
    }

    private static bool TryParseTime(ReadOnlySpan<char> text, out TimeSpan time)
    {
        time = default;
        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is < 2 or > 3)
        {
            return false;
        }

        var second = 0;
        if (!TryParseDigits(text[parts[0]], out var hour)
            || !TryParseDigits(text[parts[1]], out var minute)
            || (count == 3 && !TryParseDigits(text[parts[2]], out second))
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, Math.Min(second, 59));
        return true;
    }

    private static bool TryParseZone(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length >= 5 && (text[0] == '+' || text[0] == '-'))
        {
            var digits = text[1..];
            if (digits.Length == 5 && digits[2] == ':')
            {
                digits = string.Concat(digits[..2].ToString(), digits[3..].ToString()).AsSpan();
            }

            if (digits.Length != 4 || !TryParseDigits(digits, out var hhmm))
            {
                return false;
            }

            offset = new TimeSpan(hhmm / 100, hhmm % 100, 0);
            if (text[0] == '-')
            {
                offset = -offset;
            }

            return offset.Duration().TotalMinutes <= MaxOffsetMinutes;
        }

        // Obsolete zone names (RFC 2822 4.3); military letters mean "unknown", read as UTC.
        var hours = text.ToString().ToUpperInvariant() switch
        {
            "UT" or "UTC" or "GMT" or "Z" => 0,
            "EST" => -5,
            "EDT" => -4,
            "CST" => -6,
            "CDT" => -5,
            "MST" => -7,
            "MDT" => -6,
            "PST" => -8,
            "PDT" => -7,
            { Length: 1 } letter when char.IsLetter(letter[0]) => 0,
            _ => (int?)null,
        };
        if (hours is null)
        {
            return false;
        }

        offset = TimeSpan.FromHours(hours.Value);
        return true;
    }
}
