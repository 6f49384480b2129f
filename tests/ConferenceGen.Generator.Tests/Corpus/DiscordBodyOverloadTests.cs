using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Xunit;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>
/// Discord's uploads: messages and invites list a multipart schema with file fields (<c>files[0]</c>…) beside their
/// JSON one; each is an overload of the method (that the spec compiles without a warning is CorpusCompilationTests').
/// </summary>
public sealed class DiscordBodyOverloadTests
{
    [SkippableFact]
    public void The_multipart_schemas_are_overloads_with_file_parts_and_no_media_type_is_dropped()
    {
        var result = GeneratorHarness.Run(CorpusSpecs.Load("discord/openapi.json"));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CG0005" && d.GetMessage().Contains("media type", StringComparison.Ordinal));
        foreach (var method in new[] { "CreateMessageAsync", "UpdateMessageAsync", "UpdateWebhookMessageAsync", "UpdateOriginalWebhookMessageAsync", "CreateChannelInviteAsync" })
        {
            var own = Assert.Single(result.Sources, s => s.Key.EndsWith("." + method + ".g.cs", StringComparison.Ordinal)).Value;
            var overload = Assert.Single(result.Sources, s => s.Key.EndsWith("." + method + ".Multipart.g.cs", StringComparison.Ordinal)).Value;
            Assert.Contains("public async ", overload, StringComparison.Ordinal);
            Assert.Contains(" " + method + "(", overload, StringComparison.Ordinal);
            Assert.Contains("RequestBody.Multipart(", overload, StringComparison.Ordinal);
            Assert.DoesNotContain("RequestBody.Multipart(", own, StringComparison.Ordinal);
        }

        // The message overload's type carries the files under their wire names.
        var upload = Assert.Single(result.Sources, s => s.Key.EndsWith(".CreateMessageMultipartRequest.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("\"files[0]\"", upload, StringComparison.Ordinal);
        Assert.Contains("FilePart", upload, StringComparison.Ordinal);
    }
}
