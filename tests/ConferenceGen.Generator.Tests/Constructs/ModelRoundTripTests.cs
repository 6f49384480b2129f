using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>Models read the JSON of their schema and write it back unchanged, construct by construct.</summary>
public sealed class ModelRoundTripTests
{
    [Fact]
    public void Nested_objects_arrays_and_maps_round_trip()
    {
        using var generated = Generated.Compile("shapes.yaml", "Tests.Shapes");

        generated.AssertRoundTrip("CreateReportRequest", """
            {"title":"Q3","author":{"name":"Ada","address":{"city":"Paris"}},"tags":["a","b"],"matrix":[[1,2.5],[3]],
             "counters":{"views":9007199254740993},"metadata":{"free":{"form":[1,true,null]}},"attributes":{"color":"red","size":"XL","fit":"slim"}}
            """);
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_the_ones_after_them_are_read()
    {
        using var generated = Generated.Compile("shapes.yaml", "Tests.Shapes");

        dynamic report = generated.Parse("CreateReportRequest", """{"added":"x","title":"Q3","more":{"a":[1,{"b":2}]},"tags":["a"],"last":true}""");

        Assert.Equal("Q3", (string)report.Title);
        Assert.Equal("""{"title":"Q3","tags":["a"]}""", generated.Serialize(report));
    }

    [Fact]
    public void Undeclared_properties_with_a_schema_are_kept_in_AdditionalProperties()
    {
        using var generated = Generated.Compile("shapes.yaml", "Tests.Shapes");

        dynamic attributes = generated.Parse("CreateReportRequestAttributes", """{"color":"red","size":"XL"}""");

        Assert.Equal("red", (string)attributes.Color);
        Assert.Equal("XL", (string)attributes.AdditionalProperties["size"]);
        Assert.False(((IDictionary)attributes.AdditionalProperties).Contains("color"));
    }

    [Fact]
    public void Undeclared_properties_without_a_schema_are_skipped_and_the_properties_after_them_read()
    {
        using var generated = Generated.Compile("shapes.yaml", "Tests.Shapes");

        dynamic report = generated.Parse("CreateReportRequest", """
            {"extra":true,"title":"Q3","nested":{"a":[1,{"b":2}]},"tags":["a","b"],"last":null}
            """);

        Assert.Equal("Q3", (string)report.Title);
        Assert.Equal(new[] { "a", "b" }, (IEnumerable<string>)report.Tags);
    }

    [Fact]
    public void Formats_round_trip_in_their_wire_form()
    {
        using var generated = Generated.Compile("formats.yaml", "Tests.Formats");

        generated.AssertRoundTrip("Sample", """
            {"createdAt":"2024-02-29T23:59:59.5Z","birthday":"1990-07-01","id":"b3877c40-da60-4998-90ad-b792e98472cf",
             "website":"https://example.com","small":-5,"big":9007199254740993,"bounded":100,"unbounded":3000000000,
             "ratio":0.25,"amount":1.5,"price":19.99,"signature":"AQID","attachment":"AAEC",
             "updated":"Mon, 22 Aug 2011 20:58:45 +0000","phone":"+15551234567"}
            """);
    }

    [Fact]
    public void Formats_map_to_their_dotnet_types()
    {
        using var generated = Generated.Compile("formats.yaml", "Tests.Formats");
        var sample = generated.Type("Sample");

        Assert.Equal(typeof(DateTimeOffset?), sample.GetProperty("CreatedAt")!.PropertyType);
        Assert.Equal(typeof(DateOnly?), sample.GetProperty("Birthday")!.PropertyType);
        Assert.Equal(typeof(Guid?), sample.GetProperty("Id")!.PropertyType);
        Assert.Equal(typeof(Uri), sample.GetProperty("Website")!.PropertyType);
        Assert.Equal(typeof(int?), sample.GetProperty("Small")!.PropertyType);
        Assert.Equal(typeof(long?), sample.GetProperty("Big")!.PropertyType);
        Assert.Equal(typeof(int?), sample.GetProperty("Bounded")!.PropertyType);
        Assert.Equal(typeof(long?), sample.GetProperty("Unbounded")!.PropertyType);
        Assert.Equal(typeof(float?), sample.GetProperty("Ratio")!.PropertyType);
        Assert.Equal(typeof(double?), sample.GetProperty("Amount")!.PropertyType);
        Assert.Equal(typeof(decimal?), sample.GetProperty("Price")!.PropertyType);
        Assert.Equal(typeof(byte[]), sample.GetProperty("Signature")!.PropertyType);
        Assert.Equal(typeof(ConferenceGen.Runtime.Http.FilePart), sample.GetProperty("Attachment")!.PropertyType);
        Assert.Equal(typeof(DateTimeOffset?), sample.GetProperty("Updated")!.PropertyType);
        Assert.Equal(typeof(string), sample.GetProperty("Phone")!.PropertyType);
    }

    [Fact]
    public void A_required_value_its_type_cannot_hold_fails_only_that_property_and_is_sent_back_as_it_came()
    {
        using var generated = Generated.Compile("formats.yaml", "Tests.Formats");

        // A valid URI by RFC 3986 (a reg-name may hold ',' and '+') that System.Uri refuses.
        const string json = """{"href":"http://a,b+c.example/x","title":"T"}""";
        dynamic link = generated.Parse("Link", json);

        Assert.Equal("T", (string)link.Title);
        var refused = Assert.Throws<ConferenceGen.Runtime.ApiValueFormatException>(() => (object)link.Href);
        Assert.Equal("http://a,b+c.example/x", refused.Text);
        Assert.Equal("href", refused.Property);
        using (var sent = System.Text.Json.JsonDocument.Parse(generated.Serialize(link)))
        {
            Assert.Equal("http://a,b+c.example/x", sent.RootElement.GetProperty("href").GetString());
            Assert.Equal("T", sent.RootElement.GetProperty("title").GetString());
        }

        link.Href = new Uri("https://example.com/y");
        Assert.Equal("https://example.com/y", ((Uri)link.Href).OriginalString);
    }

    [Fact]
    public void Required_nullable_and_optional_properties_write_what_was_set()
    {
        using var generated = Generated.Compile("nullability.yaml", "Tests.Nullability");
        dynamic settings = generated.New("Settings");
        settings.Name = "n";
        settings.Nickname = null;
        settings.Limit = 5;
        settings.Note = null;

        // Required ones always; nullable ones as null when set to null; optional non-nullable ones only when set.
        Assert.Equal("""{"name":"n","nickname":null,"limit":5,"note":null}""", generated.Serialize(settings));

        settings.Timeout = null;
        Assert.DoesNotContain("timeout", generated.Serialize(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_deprecated_property_compiles_without_warnings_and_says_so_in_its_documentation()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("nullability.yaml"));

        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        var legacy = result.Sources["Tests.Nullability.LegacySettings.g.cs"];
        Assert.Contains("Use name instead. Deprecated: the spec marks this property as deprecated.", legacy, StringComparison.Ordinal);
        Assert.Contains("[global::System.Obsolete(\"The spec marks this property as deprecated.\")]\n    public string? Old", legacy, StringComparison.Ordinal);

        using var generated = Generated.Compile("nullability.yaml", "Tests.Nullability");
        generated.AssertRoundTrip("LegacySettings", """{"code":"c","old":"o"}""");
    }

    [Fact]
    public void An_empty_form_body_is_no_body_and_no_diagnostic()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("nullability.yaml"));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CG0005");
        var operation = result.Sources["Tests.Nullability.NullabilityClient.GetLegacyAsync.g.cs"];
        Assert.Contains("GetLegacyAsync(global::System.Threading.CancellationToken cancellationToken = default)", operation, StringComparison.Ordinal);
        Assert.DoesNotContain("httpRequest.Content", operation, StringComparison.Ordinal);
        Assert.DoesNotContain("httpRequest.Content", result.Sources["Tests.Nullability.NullabilityClient.DeleteLegacyAsync.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_without_a_required_property_is_refused_but_a_null_optional_one_is_read()
    {
        using var generated = Generated.Compile("nullability.yaml", "Tests.Nullability");

        var error = Assert.ThrowsAny<Exception>(() => generated.Parse("Settings", """{"name":"n","nickname":null}"""));
        Assert.Contains("'limit'", (error.InnerException ?? error).Message, StringComparison.Ordinal);

        dynamic settings = generated.Parse("Settings", """{"name":"n","nickname":null,"limit":1,"timeout":null}""");
        Assert.Null((int?)settings.Timeout);
    }

    [Fact]
    public void Openapi_31_type_arrays_with_null_are_nullable()
    {
        using var generated = Generated.Compile("openapi31.yaml", "Tests.Openapi31");
        var device = generated.Type("Device");

        Assert.Equal(typeof(int?), device.GetProperty("Battery")!.PropertyType);
        dynamic parsed = generated.Parse("Device", """{"id":"d1","label":null,"battery":null,"mode":"auto"}""");
        Assert.Null((string?)parsed.Label);
        generated.AssertRoundTrip("Device", """{"id":"d1","label":null,"battery":null,"mode":"auto"}""");
    }

    [Fact]
    public void Webhook_payloads_are_typed_models()
    {
        using var generated = Generated.Compile("openapi31.yaml", "Tests.Openapi31");

        dynamic payload = generated.Parse("DeviceOfflinePayload", """{"deviceId":"d1","lastSeen":"2024-05-01T10:00:00Z"}""");

        Assert.Equal("d1", (string)payload.DeviceId);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), (DateTimeOffset?)payload.LastSeen);
    }

    [Fact]
    public void Callback_payloads_given_by_reference_are_typed_models()
    {
        using var generated = Generated.Compile("references.yaml", "Tests.References");

        dynamic payload = generated.Parse("ReplaceOrderOrderShippedPayload", """{"orderId":"o1","shippedAt":"2024-05-01T10:00:00Z"}""");

        Assert.Equal("o1", (string)payload.OrderId);
    }

    [Fact]
    public void Names_that_are_not_identifiers_keep_their_wire_names()
    {
        using var generated = Generated.Compile("naming.yaml", "Tests.Naming");

        generated.AssertRoundTrip("Return", """{"return":1,"Return":"r","123Number":"n","first-name":"a","first_name":"b","FirstName":"c","$special[property.name]":2}""");
        dynamic value = generated.Parse("Return", """{"return":1,"Return":"r","first-name":"a","first_name":"b","FirstName":"c"}""");
        Assert.Equal(1, (int?)value.ReturnValue);
        Assert.Equal("r", (string)value.ReturnValue2);
        Assert.Equal("a", (string)value.FirstName);
        Assert.Equal("b", (string)value.FirstName2);
        Assert.Equal("c", (string)value.FirstName3);
    }

    [Fact]
    public void A_yaml_alias_is_the_same_type_as_its_anchor()
    {
        using var generated = Generated.Compile("anchors.yaml", "Tests.Anchors");
        var client = generated.Type("AnchorsClient");

        Assert.Equal(client.GetMethod("GetAAsync")!.ReturnType, client.GetMethod("GetBAsync")!.ReturnType);
    }

    [Fact]
    public void Swagger_2_documents_are_read()
    {
        using var generated = Generated.Compile("swagger2.json", "Tests.Swagger2");

        generated.AssertRoundTrip("Widget", """{"id":42,"name":"w"}""");
        Assert.NotNull(generated.Type("Swagger2Client").GetMethod("GetWidgetAsync"));
        Assert.NotNull(generated.Type("Swagger2ClientOptions").GetProperty("Key"));
    }
}
