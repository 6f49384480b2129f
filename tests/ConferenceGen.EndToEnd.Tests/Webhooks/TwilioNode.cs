using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using ConferenceGen.Testing;

namespace ConferenceGen.EndToEnd.Tests.Webhooks;

/// <summary>What Twilio's Node.js library (tests/twilio-node, pinned) computes and decides for one request.</summary>
/// <param name="Signature">getExpectedTwilioSignature(token, url, params).</param>
/// <param name="BodyHash">getExpectedBodyHash(body), for a case with a body.</param>
/// <param name="JsonSignature">HMAC-SHA1 hex of URL + body with Node's crypto (SignalWire's JSON scheme).</param>
/// <param name="Validates">validateRequest (or validateRequestWithBody) of the signature to check.</param>
internal sealed record NodeAnswer(string Signature, string? BodyHash, string? JsonSignature, bool? Validates);

/// <summary>Runs tests/twilio-node/sign.js once for a whole set of requests.</summary>
internal static class TwilioNode
{
    public static string Folder => Path.Combine(RepositoryFolder.Root, "tests", "twilio-node");

    /// <param name="cases">Each: the token, the URL as signed, the form's fields (null for none), the body (null for none), a signature to check (null for none).</param>
    public static IReadOnlyList<NodeAnswer> Run(IEnumerable<(string Token, string Url, IReadOnlyList<KeyValuePair<string, string>>? Fields, string? Body, string? Check)> cases)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "twilio")))
        {
            throw new InvalidOperationException("Twilio's Node.js library is not installed: run `npm ci` in " + Folder + " (the test project's build does it).");
        }

        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartArray();
            foreach (var c in cases)
            {
                writer.WriteStartObject();
                writer.WriteString("token", c.Token);
                writer.WriteString("url", c.Url);
                writer.WritePropertyName("params");
                WriteParams(writer, c.Fields);
                WriteNullable(writer, "body", c.Body);
                WriteNullable(writer, "check", c.Check);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        var start = new ProcessStartInfo("node", "sign.js")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(Encoding.UTF8.GetString(json.ToArray()));
        node.StandardInput.Close();
        if (!node.WaitForExit(60_000))
        {
            node.Kill();
            throw new TimeoutException("node sign.js did not finish in 60 s.");
        }

        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException("node sign.js failed: " + errors.Result);
        }

        var answers = new List<NodeAnswer>();
        foreach (var answer in JsonDocument.Parse(output.Result).RootElement.EnumerateArray())
        {
            answers.Add(new NodeAnswer(
                answer.GetProperty("signature").GetString()!,
                answer.GetProperty("bodyHash").GetString(),
                answer.GetProperty("jsonSignature").GetString(),
                answer.GetProperty("validates").ValueKind == JsonValueKind.Null ? null : answer.GetProperty("validates").GetBoolean()));
        }

        return answers;
    }

    // A repeated name becomes an array of its values, as Express and Node's querystring hand them over; no fields, {}.
    private static void WriteParams(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, string>>? fields)
    {
        var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var field in fields ?? Array.Empty<KeyValuePair<string, string>>())
        {
            if (!grouped.TryGetValue(field.Key, out var values))
            {
                grouped[field.Key] = values = new List<string>();
                order.Add(field.Key);
            }

            values.Add(field.Value);
        }

        writer.WriteStartObject();
        foreach (var name in order)
        {
            writer.WritePropertyName(name);
            if (grouped[name].Count == 1)
            {
                writer.WriteStringValue(grouped[name][0]);
            }
            else
            {
                writer.WriteStartArray();
                grouped[name].ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
