using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files: the expected output lives beside the tests in <c>_snapshots/</c>. A mismatch fails with a
/// line diff and leaves a <c>.received</c> file next to the expected one; set CONFERENCEGEN_ACCEPT_SNAPSHOTS=1 to
/// accept new output (it then writes the expected files and the test still fails once, so acceptance is deliberate).
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CONFERENCEGEN_ACCEPT_SNAPSHOTS";

    public static void Match(string name, IReadOnlyDictionary<string, string> files, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "_snapshots", name);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var problems = new List<string>();

        var expectedFiles = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.cs").Where(f => !f.EndsWith(".received.cs", StringComparison.Ordinal)).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string?>();

        foreach (var (hint, actual) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, hint);
            var received = Path.ChangeExtension(path, ".received.cs");
            expectedFiles.Remove(hint);
            var expected = File.Exists(path) ? Normalize(File.ReadAllText(path)) : null;
            if (expected == Normalize(actual))
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(path, actual);
                File.Delete(received);
                problems.Add($"{hint}: accepted new output.");
            }
            else
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(received, actual);
                problems.Add(expected is null ? $"{hint}: no expected file (written as {Path.GetFileName(received)})." : $"{hint} differs:\n{Diff(expected, Normalize(actual))}");
            }
        }

        foreach (var stale in expectedFiles)
        {
            if (accept)
            {
                File.Delete(Path.Combine(directory, stale!));
            }

            problems.Add($"{stale}: expected but no longer generated.");
        }

        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"Snapshot '{name}' does not match ({directory}). Set {AcceptVariable}=1 and run again to accept.\n" + string.Join("\n", problems));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The first differing lines with a little context, marked - expected / + received.</summary>
    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var start = 0;
        while (start < left.Length && start < right.Length && left[start] == right[start])
        {
            start++;
        }

        var endLeft = left.Length - 1;
        var endRight = right.Length - 1;
        while (endLeft > start && endRight > start && left[endLeft] == right[endRight])
        {
            endLeft--;
            endRight--;
        }

        var text = new StringBuilder();
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            text.Append("  ").Append(i + 1).Append("   ").AppendLine(left[i]);
        }

        for (var i = start; i <= endLeft && i < start + 20; i++)
        {
            text.Append("  ").Append(i + 1).Append(" - ").AppendLine(left[i]);
        }

        for (var i = start; i <= endRight && i < start + 20; i++)
        {
            text.Append("  ").Append(i + 1).Append(" + ").AppendLine(right[i]);
        }

        return text.ToString();
    }
}
