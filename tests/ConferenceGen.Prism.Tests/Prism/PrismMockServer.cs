using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace ConferenceGen.Prism.Tests.Prism;

/// <summary>
/// One <c>prism mock</c> process on 127.0.0.1 for one spec: <c>--errors</c> turns every request that does not fit the
/// spec into an error reply naming the violations, <c>-d</c> generates replies from the response schemas, and a
/// fixed <c>--seed</c> makes those replies the same on every run. Disposing kills the process and its children.
/// </summary>
internal sealed class PrismMockServer : IAsyncDisposable
{
    private const string Seed = "conferencegen";
    private const int KeptOutputLines = 40;

    // Only a guard against a Prism that never comes up; the largest spec here (Discord's) starts in about 30 s.
    private static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(8);

    private readonly Queue<string> _output = new();
    private readonly string _specPath;
    private Process _process;

    private PrismMockServer(int port, string specPath)
    {
        _specPath = specPath;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _process = Launch();
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts Prism on a free port; it reads the spec while the caller goes on (see <see cref="WaitUntilListeningAsync"/>).</summary>
    public static PrismMockServer Start(string specPath) => new(FreePort(), specPath);

    /// <summary>Whether the process has ended (Prism exits on some requests, see PrismLimitations).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts Prism again on the same port, after it exited.</summary>
    public async Task RestartAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _process = Launch();
        await WaitUntilListeningAsync().ConfigureAwait(false);
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo(PrismInstallation.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "mock", _specPath, "--errors", "-d", "--seed", Seed, "-h", "127.0.0.1", "-p", BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-v", "warn" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new XunitException($"Could not start {start.FileName} (Prism needs Node.js on PATH): {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until Prism accepts connections; fails with its output when it exits first.</summary>
    public async Task WaitUntilListeningAsync()
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new XunitException($"Prism exited with code {_process.ExitCode} before listening on {BaseAddress} for {_specPath}:\n{Output}");
            }

            if (await AcceptsConnectionAsync().ConfigureAwait(false))
            {
                return;
            }

            if (watch.Elapsed > StartGuard)
            {
                throw new XunitException($"Prism was not listening on {BaseAddress} for {_specPath} after {StartGuard.TotalMinutes} minutes:\n{Output}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>The last lines Prism wrote (warnings and errors only: it runs with <c>-v warn</c>).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task StopAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private async Task<bool> AcceptsConnectionAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, BaseAddress.Port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
