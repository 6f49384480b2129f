using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// One entry of a parameter group or of a response's attributes, as docs sites render them: a name and a type on
/// one line, bulleted and spaced (<c>• AccountSid string Required</c>, <c>• date_created string(date-time) | null</c>)
/// or run together as Fern prints them (<c>AccountSidstringRequiredformat: "uuid"</c>, <c>AnnounceMethodenumOptionalDefaults to POST</c>);
/// then, on the lines after it, its description, the values it takes (<c>Values are GET or POST.</c>,
/// <c>Value is completed.</c>, <c>Allowed values:</c>) and its default.
/// </summary>
internal sealed class RenderedEntry
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    private const string TypeWord = @"(?:array|list)\s*(?:\[[^\]]{1,60}\]|<[^>]{1,60}>|of\s+[A-Za-z][A-Za-z0-9\-]{0,30})|[A-Za-z][A-Za-z0-9\-]{0,30}(?:\[\])?";

    // • name type(format) | null Required
    private static readonly Regex Spaced = new(
        @"^(?<bullet>[•·\-*+]\s+)?(?<name>[A-Za-z_$@][A-Za-z0-9_.\-\[\]$@]{0,100})\s+(?<type>" + TypeWord + @")(?:\s*\((?<format>[^)]{1,60})\))?(?<nullable>\s*\|\s*null)?(?:\s+(?<required>required|optional))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Limit);

    // nametypeRequired… (Fern): the type word and Required or Optional glued to the name.
    private static readonly Regex RunTogether = new(
        @"^(?<name>[A-Za-z_$@][A-Za-z0-9_.\-\[\]$@]{0,100}?)(?<type>string|integer|long|double|float|number|boolean|object|enum|uuid|datetime|date|any|file|list of [a-z]{1,30}|map from [a-z]{1,30} to [a-z]{1,30})(?<required>Required|Optional)(?<rest>.{0,200})$",
        RegexOptions.CultureInvariant,
        Limit);

    private static readonly Regex FormatInRest = new(@"format:\s*""?(?<format>[A-Za-z0-9\-]{1,60})""?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);
    private static readonly Regex DefaultInRest = new(@"Defaults? to\s+`?(?<value>[^`\s]{1,100})`?", RegexOptions.CultureInvariant, Limit);
    private static readonly Regex ValuesSentence = new(@"^Values? (?:are|is)\s+(?<values>.{1,2000}?)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);
    private static readonly Regex AllowedValues = new(@"^(?:Allowed|Possible|Valid|Accepted) values:?\s*(?<values>.{0,2000})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);
    private static readonly Regex DefaultSentence = new(@"^(?:Default value is|Defaults to|Default:|The default is)\s+`?(?<value>[^`]{1,100}?)`?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);

    private readonly List<string> _description = new();
    private bool _valuesFollow;

    private RenderedEntry(string name, string type, string? format, bool? required, bool nullable, MarkdownLine line, int indent)
    {
        Name = name;
        Type = type;
        Format = format;
        Required = required;
        Nullable = nullable;
        Line = line;
        Indent = indent;
    }

    public string Name { get; }

    /// <summary>The type word as the page writes it (string, enum, array[string], list of string).</summary>
    public string Type { get; }

    public string? Format { get; private set; }

    /// <summary>Required, Optional, or null when the page marks neither.</summary>
    public bool? Required { get; }

    public bool Nullable { get; }

    public MarkdownLine Line { get; }

    public int Indent { get; }

    public List<string> Values { get; } = new();

    public string? Default { get; private set; }

    /// <summary>Entries indented under this one (the attributes of an object).</summary>
    public List<RenderedEntry> Children { get; } = new();

    public string Description => string.Join(" ", _description);

    /// <summary>The entry a line starts, or null when the line is no entry (a description, a heading).</summary>
    public static RenderedEntry? Parse(MarkdownLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > 300)
        {
            return null;
        }

        if (Match(Spaced, text) is { Success: true } spaced && IsTypeWord(spaced.Groups["type"].Value)
            && (spaced.Groups["bullet"].Success || spaced.Groups["required"].Success || spaced.Groups["nullable"].Success || spaced.Groups["format"].Success))
        {
            var required = spaced.Groups["required"].Success ? string.Equals(spaced.Groups["required"].Value, "required", StringComparison.OrdinalIgnoreCase) : (bool?)null;
            return new RenderedEntry(spaced.Groups["name"].Value, spaced.Groups["type"].Value.ToLowerInvariant(), spaced.Groups["format"].Success ? spaced.Groups["format"].Value.Trim() : null, required, spaced.Groups["nullable"].Success, line, line.Indent);
        }

        if (Match(RunTogether, text) is { Success: true } glued)
        {
            var rest = glued.Groups["rest"].Value;
            var entry = new RenderedEntry(glued.Groups["name"].Value, glued.Groups["type"].Value, null, glued.Groups["required"].Value == "Required", false, line, line.Indent);
            if (Match(FormatInRest, rest) is { Success: true } format)
            {
                entry.Format = format.Groups["format"].Value;
            }

            if (Match(DefaultInRest, rest) is { Success: true } byDefault)
            {
                entry.Default = byDefault.Groups["value"].Value;
            }

            return entry;
        }

        return null;
    }

    /// <summary>Takes a line after "Allowed values:" that is one value (<c>GET</c>, <c>• POST</c>); false for any other line.</summary>
    public bool TakesValue(string line)
    {
        var text = line.Trim().TrimStart('•', '·', '-', '*', '+').Trim();
        if (!_valuesFollow || text.Length == 0 || text.Length > 100 || text.IndexOf(' ') >= 0)
        {
            return false;
        }

        AddValue(text);
        return true;
    }

    /// <summary>Takes a line that follows the entry: the values it lists, its default, or its description.</summary>
    public void Describe(string line)
    {
        var text = line.Trim();
        _valuesFollow = false;
        if (Match(AllowedValues, text) is { Success: true } allowed)
        {
            var listed = allowed.Groups["values"].Value.Trim();
            if (listed.Length == 0)
            {
                _valuesFollow = true;
            }
            else
            {
                AddValues(listed);
            }

            return;
        }

        if (Match(ValuesSentence, text) is { Success: true } values)
        {
            AddValues(values.Groups["values"].Value);
            return;
        }

        if (Match(DefaultSentence, text) is { Success: true } byDefault)
        {
            Default = byDefault.Groups["value"].Value.Trim();
            return;
        }

        if (text.Length > 0)
        {
            _description.Add(text);
        }
    }

    /// <summary>The entry's schema: its type, format, values, default and nullability, with its description.</summary>
    public JsonObject Schema()
    {
        var schema = TypeSchema(Type, Format);
        if (Values.Count > 0 && (schema["type"] as JsonValue)?.GetValue<string>() is "string" or "integer" or "number")
        {
            schema["enum"] = new JsonArray(Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }

        if (Default is not null && (Values.Count == 0 || Values.Contains(Default)) && DefaultValue((schema["type"] as JsonValue)?.GetValue<string>(), Default) is { } value)
        {
            schema["default"] = value;
        }

        if (Children.Count > 0)
        {
            // The attributes of an object, or of the objects of an array (messages array[object], its items' attributes indented under it).
            var target = (schema["type"] as JsonValue)?.GetValue<string>() == "array" ? schema["items"] as JsonObject ?? schema : schema;
            target["type"] = "object";
            target["properties"] = Properties(Children, out var required);
            if (required.Count > 0)
            {
                target["required"] = required;
            }
        }

        if (Nullable)
        {
            schema["nullable"] = true;
        }

        if (Description.Length > 0)
        {
            schema["description"] = Description;
        }

        return schema;
    }

    /// <summary>The properties of an object whose attributes the entries are, and which of them are required.</summary>
    public static JsonObject Properties(IEnumerable<RenderedEntry> entries, out JsonArray required)
    {
        var properties = new JsonObject();
        required = new JsonArray();
        foreach (var entry in entries)
        {
            if (properties.ContainsKey(entry.Name))
            {
                continue;
            }

            properties[entry.Name] = entry.Schema();
            if (entry.Required == true)
            {
                required.Add(entry.Name);
            }
        }

        return properties;
    }

    /// <summary>The default as a value of the type (20 for an integer), or null when the text is none.</summary>
    private static JsonNode? DefaultValue(string? type, string text) => type switch
    {
        "string" => JsonValue.Create(text),
        "integer" => long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole) : null,
        "number" => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null,
        "boolean" => bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : null,
        _ => null,
    };

    /// <summary>How a diagnostic names the entry's type.</summary>
    public string TypeName => Format is null ? Type : Type + " (" + Format + ")";

    private static JsonObject TypeSchema(string type, string? format)
    {
        var word = type.Trim().ToLowerInvariant();
        string? item = null;
        if (word.EndsWith("[]", StringComparison.Ordinal))
        {
            item = word.Substring(0, word.Length - 2);
        }
        else if ((word.StartsWith("array", StringComparison.Ordinal) || word.StartsWith("list", StringComparison.Ordinal)) && word.Length > 5)
        {
            item = word.Substring(word.StartsWith("array", StringComparison.Ordinal) ? 5 : 4).Trim().Trim('[', ']', '<', '>').Trim();
            item = item.StartsWith("of ", StringComparison.Ordinal) ? item.Substring(3).Trim() : item;
        }

        if (item is not null)
        {
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(item.Length == 0 ? "string" : item, null) };
        }

        var schema = word switch
        {
            "integer" or "int" => new JsonObject { ["type"] = "integer" },
            "int32" => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            "int64" or "long" => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
            "number" or "decimal" => new JsonObject { ["type"] = "number" },
            "float" => new JsonObject { ["type"] = "number", ["format"] = "float" },
            "double" => new JsonObject { ["type"] = "number", ["format"] = "double" },
            "boolean" or "bool" => new JsonObject { ["type"] = "boolean" },
            "object" or "map" => new JsonObject { ["type"] = "object" },
            "array" or "list" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            "uuid" => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
            "date" => new JsonObject { ["type"] = "string", ["format"] = "date" },
            "datetime" or "date-time" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            "file" or "binary" => new JsonObject { ["type"] = "string", ["format"] = "binary" },
            "any" => new JsonObject(),
            _ when word.StartsWith("map", StringComparison.Ordinal) => new JsonObject { ["type"] = "object" },
            _ => new JsonObject { ["type"] = "string" },
        };

        // A format the page names goes with a string or a number (string(uri), integer(int32), format: "uuid"); an object's (object(uri-map)) says nothing the client uses.
        if (format is not null && (schema["type"] as JsonValue)?.GetValue<string>() is "string" or "integer" or "number")
        {
            schema["format"] = format;
        }

        return schema;
    }

    private static bool IsTypeWord(string type)
    {
        var word = type.Trim().ToLowerInvariant();
        if (word.EndsWith("[]", StringComparison.Ordinal))
        {
            word = word.Substring(0, word.Length - 2);
        }

        return word.StartsWith("array", StringComparison.Ordinal) || word.StartsWith("list", StringComparison.Ordinal) || word.StartsWith("map", StringComparison.Ordinal)
            || word is "string" or "integer" or "int" or "int32" or "int64" or "long" or "number" or "float" or "double" or "decimal" or "boolean" or "bool"
                or "object" or "enum" or "uuid" or "date" or "datetime" or "date-time" or "file" or "binary" or "any";
    }

    // "HEAD, GET, POST, PATCH, PUT, or DELETE", "`GET` or `POST`", "completed".
    private void AddValues(string text)
    {
        foreach (var part in text.Split(','))
        {
            var value = part.Trim();
            foreach (var conjunction in new[] { "or ", "and " })
            {
                if (value.StartsWith(conjunction, StringComparison.Ordinal))
                {
                    value = value.Substring(conjunction.Length);
                }
            }

            foreach (var piece in value.Split(new[] { " or ", " and " }, StringSplitOptions.RemoveEmptyEntries))
            {
                AddValue(piece);
            }
        }
    }

    private void AddValue(string text)
    {
        var value = text.Trim().TrimEnd('.').Trim('`', '"', '\'', '*').Trim();
        if (value.Length > 0 && value.IndexOf(' ') < 0 && !Values.Contains(value))
        {
            Values.Add(value);
        }
    }

    private static Match? Match(Regex regex, string text)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
