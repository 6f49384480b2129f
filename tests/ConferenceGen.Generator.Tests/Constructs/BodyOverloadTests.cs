using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>
/// A request body whose media types have different schemas (body-overloads.yaml): each schema is an overload of
/// the operation's method, called on a real socket; one whose C# type repeats another's is a method of its own.
/// </summary>
public sealed class BodyOverloadTests
{
    private const string Namespace = "Tests.BodyOverloads";

    [Fact]
    public void Each_schema_of_the_body_is_an_overload_with_the_same_other_parameters()
    {
        using var generated = Generated.Compile("body-overloads.yaml", Namespace);
        var overloads = generated.Type("BodyOverloadsClient").GetMethods().Where(m => m.Name == "CreateMessageAsync").ToList();

        Assert.Equal(
            new[]
            {
                "channelId:String, body:CreateMessageMultipartRequest, cancellationToken:CancellationToken",
                "channelId:String, body:MessageCreate, bodyFormat:BodyFormat, cancellationToken:CancellationToken",
            },
            overloads.Select(Signature).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task The_first_schema_is_sent_as_JSON_and_the_multipart_overload_as_parts_with_the_files()
    {
        using var generated = Generated.Compile("body-overloads.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{\"id\":\"m1\"}"));
        using var http = new HttpClient();
        var client = generated.Client("BodyOverloadsClient", server, http);

        dynamic message = generated.New("MessageCreate");
        message.Content = "hello";
        await client.CreateMessageAsync("c1", message);

        dynamic upload = generated.New("CreateMessageMultipartRequest");
        upload.Content = "see attached";
        upload.Files0 = new FilePart(new MemoryStream(Encoding.UTF8.GetBytes("PNG-BYTES")), "cat.png", "image/png");
        upload.Files1 = new FilePart(new MemoryStream(Encoding.UTF8.GetBytes("%PDF")), "doc.pdf", "application/pdf");
        await client.CreateMessageAsync("c1", upload);

        var requests = server.Requests.ToList();
        Assert.Equal("/channels/c1/messages", requests[0].Path);
        Assert.Equal("application/json", requests[0].Header("Content-Type"));
        Assert.Equal("{\"content\":\"hello\"}", requests[0].BodyText);

        Assert.Equal("/channels/c1/messages", requests[1].Path);
        var contentType = requests[1].Header("Content-Type")!;
        Assert.StartsWith("multipart/form-data; boundary=", contentType, StringComparison.Ordinal);
        var boundary = contentType["multipart/form-data; boundary=".Length..].Trim('"');
        Assert.Equal(
            "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"content\"\r\n\r\nsee attached\r\n"
            + "--" + boundary + "\r\n"
            + "Content-Type: image/png\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"cat.png\"\r\n\r\nPNG-BYTES\r\n"
            + "--" + boundary + "\r\n"
            + "Content-Type: application/pdf\r\nContent-Disposition: form-data; name=\"files[1]\"; filename=\"doc.pdf\"\r\n\r\n%PDF\r\n"
            + "--" + boundary + "--\r\n",
            requests[1].BodyText);
    }

    [Fact]
    public async Task The_first_schema_keeps_its_other_media_types_through_bodyFormat()
    {
        using var generated = Generated.Compile("body-overloads.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{}"));
        using var http = new HttpClient();
        dynamic message = generated.New("MessageCreate");
        message.Content = "hi there";
        message.Tts = true;

        await generated.Client("BodyOverloadsClient", server, http).CreateMessageAsync("c1", message, bodyFormat: BodyFormat.Form);

        var request = server.SingleRequest();
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("content=hi+there&tts=true", request.BodyText);
    }

    [Fact]
    public async Task An_optional_body_stays_optional_on_the_first_overload_and_the_other_overload_requires_its_body()
    {
        using var generated = Generated.Compile("body-overloads.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        var client = generated.Client("BodyOverloadsClient", server, http);
        var overloads = generated.Type("BodyOverloadsClient").GetMethods().Where(m => m.Name == "PutNoteAsync").ToList();
        var text = Assert.Single(overloads, m => m.GetParameters()[1].ParameterType == typeof(string));
        Assert.False(text.GetParameters()[1].IsOptional);
        var json = Assert.Single(overloads, m => m.GetParameters()[1].ParameterType != typeof(string));
        Assert.True(json.GetParameters()[1].IsOptional);

        // A call without a body means the first overload, so it compiles (the dynamic binder resolves it as C# would).
        await client.PutNoteAsync("n1");
        await client.PutNoteAsync("n1", "plain words", draft: true);
        dynamic note = generated.New("PutNoteRequest");
        note.Text = "json words";
        await client.PutNoteAsync("n1", note);

        var requests = server.Requests.ToList();
        Assert.Empty(requests[0].Body);
        Assert.Null(requests[0].Header("Content-Type"));
        Assert.Equal("/notes/n1?draft=true", requests[1].Target);
        Assert.Equal("text/plain", requests[1].Header("Content-Type"));
        Assert.Equal("plain words", requests[1].BodyText);
        Assert.Equal("application/json", requests[2].Header("Content-Type"));
        Assert.Equal("{\"text\":\"json words\"}", requests[2].BodyText);
        await Assert.ThrowsAsync<ArgumentNullException>(() => (Task)text.Invoke(client, new object?[] { "n1", null, null, default(System.Threading.CancellationToken) })!);
    }

    [Fact]
    public async Task A_schema_of_the_same_CSharp_type_as_another_is_a_method_with_a_suffix_and_an_info_diagnostic()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("body-overloads.yaml"));
        var renamed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0006" && d.GetMessage().Contains("PutTags", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, renamed.Severity);
        Assert.Contains("'PutTagsAsync'", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'PutTagsMultipartAsync'", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("multipart/form-data", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CG0005");

        using var generated = Generated.Compile("body-overloads.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        await generated.Client("BodyOverloadsClient", server, http).PutTagsMultipartAsync(new System.Collections.Generic.Dictionary<string, string?> { ["a b"] = "1" });

        var request = server.SingleRequest();
        var boundary = request.Header("Content-Type")!["multipart/form-data; boundary=".Length..].Trim('"');
        Assert.Equal("--" + boundary + "\r\nContent-Disposition: form-data; name=\"a b\"\r\n\r\n1\r\n--" + boundary + "--\r\n", request.BodyText);
    }

    [Fact]
    public void A_method_with_an_all_pages_method_keeps_no_overloads_and_names_the_other_schema_s_method()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("body-overloads.yaml"));
        var renamed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0006" && d.GetMessage().Contains("ListItems", StringComparison.Ordinal));
        Assert.Contains("'ListItemsTextAsync'", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("all-pages", renamed.GetMessage(), StringComparison.Ordinal);

        using var generated = Generated.Compile("body-overloads.yaml", Namespace);
        var client = generated.Type("BodyOverloadsClient");
        Assert.Single(client.GetMethods(), m => m.Name == "ListItemsAsync");
        Assert.Single(client.GetMethods(), m => m.Name == "ListItemsItemsAsync");
        var text = Assert.Single(client.GetMethods(), m => m.Name == "ListItemsTextAsync");
        Assert.Equal(typeof(string), text.GetParameters()[0].ParameterType);
    }

    [Fact]
    public void Each_overload_has_a_file_of_its_own_named_after_its_kind_of_body()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("body-overloads.yaml"));

        Assert.Equal(
            new[]
            {
                "Tests.BodyOverloads.BodyOverloadsClient.CreateMessageAsync.Multipart.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.CreateMessageAsync.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.ListItemsAsync.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.ListItemsTextAsync.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.PutNoteAsync.Text.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.PutNoteAsync.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.PutTagsAsync.g.cs",
                "Tests.BodyOverloads.BodyOverloadsClient.PutTagsMultipartAsync.g.cs",
            },
            result.Sources.Keys.Where(k => k.Contains("Async", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
    }

    private static string Signature(MethodInfo method) =>
        string.Join(", ", method.GetParameters().Select(p => p.Name + ":" + p.ParameterType.Name));
}
