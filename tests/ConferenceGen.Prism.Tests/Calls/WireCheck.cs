using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Prism.Tests.Generation;
using ConferenceGen.Prism.Tests.Prism;
using ConferenceGen.Prism.Tests.Synthesis;
using ConferenceGen.Runtime;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>
/// Calls every generated operation of a spec through the generated client, against Prism: once with what the spec
/// requires, and again with every option set when the operation has options. One call at a time, in the spec's
/// order, so that Prism's seeded replies are the same on every run.
/// </summary>
internal static class WireCheck
{
    private static readonly Fill[] Fills = [Fill.RequiredOnly, Fill.Everything];

    // A guard only: Prism answers in milliseconds, and never answers some malformed requests at all.
    private static readonly TimeSpan RequestGuard = TimeSpan.FromSeconds(60);

    /// <summary>The operation's method; of overloads by body (a multipart body of its own schema), the one taking this body's type.</summary>
    private static MethodInfo? FindMethod(Type client, OperationModel operation)
    {
        var candidates = client.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == operation.MethodName).ToList();
        if (candidates.Count <= 1 || operation.Body is not { } body)
        {
            return candidates.FirstOrDefault();
        }

        return candidates.SingleOrDefault(m => m.GetParameters().Any(p => p.Name == body.Name
            && (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).Name == body.Type.Name));
    }

    public static async Task<WireReport> RunAsync(string specName, GeneratedApi api, PrismMockServer prism)
    {
        var recorder = new RecordingHandler();
        using var http = new HttpClient(recorder) { Timeout = RequestGuard };
        var client = api.CreateClient(http, prism.BaseAddress);
        var synthesizers = Fills.ToDictionary(f => f, f => new ArgumentSynthesizer(api, f));
        var results = new List<CallResult>();
        foreach (var operation in api.Operations)
        {
            var method = FindMethod(api.ClientType, operation);
            var spec = SpecOperation.Find(api.Document, operation);
            foreach (var fill in HasOptions(operation) ? Fills : Fills.Take(1))
            {
                recorder.Forget();
                var result = method is null
                    ? new CallResult(operation, fill, Verdict.NotSent, $"the client has no method {operation.MethodName}", null)
                    : await CallAsync(synthesizers[fill], client, method, operation, spec, fill, recorder, prism).ConfigureAwait(false);
                if (result.Verdict == Verdict.UnreadReply)
                {
                    result = result with { ReplyCut = RecursionCut.Find(api, result.Detail, result.Exchange?.ReplyBody) };
                }

                if (result.PrismCrash is not null)
                {
                    await prism.RestartAsync().ConfigureAwait(false);
                }

                results.Add(result.IsFailure && PrismLimitations.Explaining(result) is { } limitation
                    ? result with { Verdict = Verdict.PrismLimitation, Detail = limitation.Name + ": " + result.Detail + (result.ReplyCut is { } cut ? " [reply: " + cut + "]" : string.Empty) }
                    : result.IsFailure && ClientGaps.Explaining(result) is { } gap
                    ? result with { Verdict = Verdict.KnownClientGap, Detail = gap.Name + ": " + result.Detail }
                    : result);
            }
        }

        return new WireReport(specName, api.Operations.Count, results, synthesizers.Values.SelectMany(s => s.Notes).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList());
    }

    /// <summary>Whether a call with every option set differs from one with the required ones only; if not, it is made once.</summary>
    private static bool HasOptions(OperationModel operation) => operation.Body is not null || operation.Parameters.Any(p => !p.Required);

    private static async Task<CallResult> CallAsync(
        ArgumentSynthesizer synthesizer, object client, MethodInfo method, OperationModel operation, SpecOperation spec, Fill fill, RecordingHandler recorder, PrismMockServer prism)
    {
        object?[] arguments;
        try
        {
            arguments = OperationArguments.For(synthesizer, operation, spec, method, fill);
        }
        catch (SynthesisException e)
        {
            return new CallResult(operation, fill, Verdict.NotSent, "no schema-valid arguments: " + e.Message, null);
        }

        Exception? error = null;
        try
        {
            var task = (Task)method.Invoke(client, arguments)!;
            await task.ConfigureAwait(false);
            (task.GetType().GetProperty("Result")?.GetValue(task) as IDisposable)?.Dispose();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            error = e.InnerException;
        }
        catch (Exception e)
        {
            error = e;
        }

        var exchange = recorder.Last;
        if (exchange is null || exchange.Status == 0)
        {
            var crashed = exchange is not null && await ExitedAsync(prism).ConfigureAwait(false);
            return new CallResult(
                operation, fill, Verdict.NotSent, (crashed ? "Prism exited on this request: " : "the client threw before a reply came: ") + Describe(error), exchange,
                PrismCrash: crashed ? prism.Output : null);
        }

        var draft = new CallResult(operation, fill, Verdict.Accepted, string.Empty, exchange);
        if (PrismRejection.From(exchange.Status, exchange.Violations, exchange.ReplyBody) is { } rejection)
        {
            return draft with { Verdict = Verdict.Rejected, Detail = $"{exchange.Status} {rejection.Describe()}", Rejection = rejection };
        }

        return error switch
        {
            null => draft,
            ApiException { InnerException: null } documented when exchange.Status >= 400 && spec.Documents(exchange.Status) =>
                draft with { Verdict = Verdict.DocumentedError, Detail = documented.Message },
            _ => draft with { Verdict = Verdict.UnreadReply, Detail = Describe(error) },
        };
    }

    // A reset connection is how a crash looks from here; the process may take a moment to be seen as exited.
    private static async Task<bool> ExitedAsync(PrismMockServer prism)
    {
        for (var i = 0; i < 20 && !prism.HasExited; i++)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }

        return prism.HasExited;
    }

    private static string Describe(Exception? error) =>
        error is null ? "no exception" : error.GetType().Name + ": " + error.Message + (error.InnerException is { } inner ? " <- " + inner.GetType().Name + ": " + inner.Message : string.Empty);
}

/// <summary>The calls of one spec, counted, and its failures grouped by what went wrong.</summary>
/// <param name="Notes">Generated types that had to be made another way than a user could (product findings, not wire failures).</param>
internal sealed record WireReport(string Spec, int Operations, IReadOnlyList<CallResult> Calls, IReadOnlyList<string> Notes)
{
    public IReadOnlyList<CallResult> Failures => Calls.Where(c => c.IsFailure).ToList();

    public string Summary
    {
        get
        {
            int Count(Verdict verdict) => Calls.Count(c => c.Verdict == verdict);
            return $"{Spec}: {Operations} operations, {Calls.Count} calls: {Count(Verdict.Accepted) + Count(Verdict.DocumentedError)} accepted "
                + $"({Count(Verdict.DocumentedError)} of them documented errors), {Count(Verdict.Rejected)} rejected, {Count(Verdict.UnreadReply)} unread replies, "
                + $"{Count(Verdict.NotSent)} not sent, {Count(Verdict.PrismLimitation)} failed for Prism's own limitations"
                + (Count(Verdict.KnownClientGap) > 0 ? $", {Count(Verdict.KnownClientGap)} known client gaps (Calls/ClientGaps.cs)" : string.Empty);
        }
    }

    /// <summary>Every failure, by verdict, one paragraph each.</summary>
    public string DescribeFailures() =>
        Summary + "\n" + string.Join("\n", Failures.GroupBy(f => f.Verdict).Select(group =>
            $"  {group.Key} ({group.Count()}):\n" + string.Join("\n", group.Select(f => "    " + f.Describe()))));

    /// <summary>The calls let through as Prism's limitations, and the notes.</summary>
    public string DescribeAllowed() =>
        string.Join("\n", Calls.Where(c => c.Verdict == Verdict.PrismLimitation).GroupBy(c => c.Detail.Split(':')[0]).Select(g => $"  Prism limitation '{g.Key}': {g.Count()} calls ({string.Join(", ", g.Select(c => c.Operation.MethodName).Distinct().Take(8))}{(g.Select(c => c.Operation.MethodName).Distinct().Count() > 8 ? ", …" : string.Empty)})")
            .Concat(Calls.Where(c => c.Verdict == Verdict.KnownClientGap).GroupBy(c => c.Detail.Split(':')[0]).Select(g => $"  Known client gap '{g.Key}': {g.Count()} calls ({string.Join(", ", g.Select(c => c.Operation.MethodName).Distinct())})"))
            .Concat(Notes.Select(n => "  Note: " + n))
            .Append("  Slowest replies: " + string.Join(", ", Calls.Where(c => c.Exchange is not null).OrderByDescending(c => c.Exchange!.Duration).Take(5)
                .Select(c => $"{c.Operation.MethodName} {c.Exchange!.Duration.TotalSeconds:0.0} s ({(c.Exchange.ReplyBody?.Length ?? 0) / 1024} KiB)"))));
}
