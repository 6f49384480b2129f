using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>
/// How the diagnostics of one spec are reported. A vendor's spec can hold a hundred cases of one problem that the
/// user cannot fix, so the first <see cref="WarningsPerId"/> of each warning are reported as found and the rest as
/// info, behind one summary warning that says how many there are and how to see each as a warning.
/// </summary>
/// <param name="ReportAll">Every warning as a warning, without summaries (<c>ConferenceGenReportAllDiagnostics</c>).</param>
/// <param name="Silenced">IDs this spec does not report (its <c>NoWarn</c> metadata); errors are always reported.</param>
internal sealed record DiagnosticPolicy(bool ReportAll, EquatableArray<string> Silenced)
{
    /// <summary>How many of one warning a spec reports as warnings before the rest become info.</summary>
    public const int WarningsPerId = 5;

    public static readonly DiagnosticPolicy Default = new(false, EquatableArray<string>.Empty);

    /// <summary>The diagnostics to report, in the order found, each summary just before the first case it stands for.</summary>
    public EquatableArray<DiagnosticInfo> Apply(IReadOnlyList<DiagnosticInfo> found)
    {
        var reported = new List<DiagnosticInfo>(found.Count);
        var warningsSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstDemoted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var info in found)
        {
            if (info.Severity != DiagnosticSeverity.Error && IsSilenced(info.Id))
            {
                continue;
            }

            if (ReportAll || info.Severity != DiagnosticSeverity.Warning)
            {
                reported.Add(info);
                continue;
            }

            warningsSeen.TryGetValue(info.Id, out var seen);
            warningsSeen[info.Id] = ++seen;
            if (seen <= WarningsPerId)
            {
                reported.Add(info);
                continue;
            }

            if (seen == WarningsPerId + 1)
            {
                firstDemoted[info.Id] = reported.Count;
            }

            reported.Add(info with { Severity = DiagnosticSeverity.Info });
        }

        return firstDemoted.Count == 0 ? reported.ToEquatableArray() : WithSummaries(reported, firstDemoted, warningsSeen);
    }

    private bool IsSilenced(string id) => Silenced.Any(silenced => string.Equals(silenced, id, StringComparison.OrdinalIgnoreCase));

    private static EquatableArray<DiagnosticInfo> WithSummaries(List<DiagnosticInfo> reported, Dictionary<string, int> firstDemoted, Dictionary<string, int> warningsSeen)
    {
        var summaryAt = firstDemoted.ToDictionary(pair => pair.Value, pair => pair.Key);
        var result = new List<DiagnosticInfo>(reported.Count + summaryAt.Count);
        for (var i = 0; i < reported.Count; i++)
        {
            if (summaryAt.TryGetValue(i, out var id))
            {
                var first = reported[i];
                var more = (warningsSeen[id] - WarningsPerId).ToString(CultureInfo.InvariantCulture);
                var args = new[] { more, id, Path.GetFileName(first.Location.Path) };
                result.Add(new DiagnosticInfo(DiagnosticDescriptors.SummaryOf(first.Descriptor), args.ToEquatableArray(), first.Location));
            }

            result.Add(reported[i]);
        }

        return result.ToEquatableArray();
    }
}
