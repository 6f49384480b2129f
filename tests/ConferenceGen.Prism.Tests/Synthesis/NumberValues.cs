using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>A number a schema accepts: its default or example when within its bounds, else the smallest valid value from 1 up.</summary>
internal static class NumberValues
{
    public static JsonNode For(IOpenApiSchema schema, bool integer, int salt)
    {
        var bounds = Bounds.Of(schema);
        // Later items of an array take made values, which differ (uniqueItems).
        foreach (var given in salt == 0 ? SchemaView.Given(schema) : Enumerable.Empty<JsonNode>())
        {
            if (given is JsonValue value && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && bounds.Allows(number, integer))
            {
                return Node(number, integer);
            }
        }

        var candidate = bounds.Lowest(integer) + salt;
        if (!bounds.Allows(candidate, integer))
        {
            candidate = bounds.Lowest(integer);
        }

        if (!bounds.Allows(candidate, integer))
        {
            throw new SynthesisException($"no number within {bounds}");
        }

        return Node(candidate, integer);
    }

    private static JsonNode Node(decimal value, bool integer) =>
        integer || value == decimal.Truncate(value) ? JsonValue.Create((long)value) : JsonValue.Create(value);

    private sealed record Bounds(decimal? Min, bool MinExclusive, decimal? Max, bool MaxExclusive, decimal? MultipleOf)
    {
        public static Bounds Of(IOpenApiSchema schema)
        {
            // 3.1 gives exclusive bounds as numbers of their own; OpenAPI.NET reads 3.0's boolean form into the same place.
            var exclusiveMin = Parse(schema.ExclusiveMinimum);
            var exclusiveMax = Parse(schema.ExclusiveMaximum);
            var min = Parse(schema.Minimum);
            var max = Parse(schema.Maximum);
            return new Bounds(
                exclusiveMin ?? min,
                exclusiveMin is not null,
                exclusiveMax ?? max,
                exclusiveMax is not null,
                schema.MultipleOf is { } m && m > 0 ? m : null);
        }

        public bool Allows(decimal value, bool integer) =>
            (!integer || value == decimal.Truncate(value))
            && (Min is not { } min || (MinExclusive ? value > min : value >= min))
            && (Max is not { } max || (MaxExclusive ? value < max : value <= max))
            && (MultipleOf is not { } step || value % step == 0);

        /// <summary>1 when allowed (the friendliest count, page size or amount); else the least allowed value, or the greatest when only a maximum is in the way.</summary>
        public decimal Lowest(bool integer)
        {
            if (Allows(1, integer))
            {
                return 1;
            }

            var step = MultipleOf ?? (integer ? 1m : 0.5m);
            decimal value = 1;
            if (Min is { } min && !Allows(min + step, integer) && !Allows(min, integer))
            {
                value = min;
            }
            else if (Min is { } lower)
            {
                value = decimal.Ceiling(lower / step) * step;
                if (MinExclusive && value <= lower)
                {
                    value += step;
                }
            }

            if (Max is { } upper && (MaxExclusive ? value >= upper : value > upper))
            {
                value = decimal.Floor(upper / step) * step;
                if (MaxExclusive && value >= upper)
                {
                    value -= step;
                }
            }

            return value;
        }

        private static decimal? Parse(string? text) =>
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
