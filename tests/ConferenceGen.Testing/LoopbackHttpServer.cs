using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Testing;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 that records every request byte for byte (method, target, headers in
/// order, body) and answers from a script. Tests use it to see what a client really puts on the wire.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<RecordedRequest, ScriptedResponse> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Task _acceptLoop;
    private readonly ConcurrentBag<Task> _connections = new();
    private int _requestCount;

    public LoopbackHttpServer(Func<RecordedRequest, ScriptedResponse> respond)
    {
        _respond = respond;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(backlog: 1024);
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public LoopbackHttpServer(ScriptedResponse response)
        : this(_ => response)
    {
    }

    public Uri BaseAddress { get; }

    public IReadOnlyCollection<RecordedRequest> Requests => _requests.ToArray();

    public int ConnectionCount { get; private set; }

    /// <summary>How many requests arrived, including those not kept.</summary>
    public int RequestCount => _requestCount;

    /// <summary>Whether requests are kept in <see cref="Requests"/>; a load test turns this off to measure the client alone.</summary>
    public bool KeepRequests { get; init; } = true;

    /// <summary>The one request received; fails when there were none or several.</summary>
    public RecordedRequest SingleRequest()
    {
        var all = _requests.ToArray();
        if (all.Length != 1)
        {
            throw new InvalidOperationException($"Expected exactly one request, received {all.Length}.");
        }

        return all[0];
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The listener was stopped.
        }

        foreach (var connection in _connections)
        {
            try
            {
                await connection.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A connection that was still open.
            }
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                return;
            }

            ConnectionCount++;
            _connections.Add(Task.Run(() => ServeAsync(client)));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new BufferedReader(stream);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var request = await ReadRequestAsync(reader, _stop.Token).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                Interlocked.Increment(ref _requestCount);
                if (KeepRequests)
                {
                    _requests.Enqueue(request);
                }

                var response = _respond(request);
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, _stop.Token).ConfigureAwait(false);
                }

                if (response.CloseWithoutAnswer)
                {
                    return;
                }

                var keepOpen = await WriteResponseAsync(stream, response, _stop.Token).ConfigureAwait(false);
                if (!keepOpen)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
    }

    private static async Task<RecordedRequest?> ReadRequestAsync(BufferedReader reader, CancellationToken cancellationToken)
    {
        var requestLine = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(requestLine))
        {
            return null;
        }

        var parts = requestLine.Split(' ');
        if (parts.Length != 3)
        {
            throw new IOException($"Malformed request line: {requestLine}");
        }

        var headers = new List<KeyValuePair<string, string>>();
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(line))
            {
                break;
            }

            var colon = line.IndexOf(':');
            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        byte[] body;
        var length = headers.Find(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
        var chunked = headers.Exists(h => h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        if (chunked)
        {
            using var collected = new MemoryStream();
            while (true)
            {
                var sizeLine = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new IOException("Truncated chunk.");
                var size = int.Parse(sizeLine.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                    break;
                }

                collected.Write(await reader.ReadBytesAsync(size, cancellationToken).ConfigureAwait(false));
                await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }

            body = collected.ToArray();
        }
        else
        {
            body = length is null ? Array.Empty<byte>() : await reader.ReadBytesAsync(int.Parse(length, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        }

        return new RecordedRequest(parts[0], parts[1], parts[2], headers, body);
    }

    private static async Task<bool> WriteResponseAsync(NetworkStream stream, ScriptedResponse response, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {response.Reason}\r\n");
        foreach (var header in response.Headers)
        {
            head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }

        if (response.EndlessChunk is { } chunk)
        {
            head.Append("Transfer-Encoding: chunked\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
            await WriteEndlessChunksAsync(stream, chunk, cancellationToken).ConfigureAwait(false);
            return false;
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.DeclaredLength ?? response.Body.Length}\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
        if (response.CloseAfterBodyBytes is { } cut)
        {
            await stream.WriteAsync(response.Body.AsMemory(0, Math.Min(cut, response.Body.Length)), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (response.PauseAfterBodyBytes is { } pauseAt)
        {
            await stream.WriteAsync(response.Body.AsMemory(0, pauseAt), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(response.Pause, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(response.Body.AsMemory(pauseAt), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await stream.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    // One frame, built once and written again and again: the server allocates nothing per chunk, so a test can
    // measure what the client allocates while the body never ends. Returns when the client goes away.
    private static async Task WriteEndlessChunksAsync(NetworkStream stream, byte[] chunk, CancellationToken cancellationToken)
    {
        using var frame = new MemoryStream();
        frame.Write(Encoding.ASCII.GetBytes(chunk.Length.ToString("X", CultureInfo.InvariantCulture) + "\r\n"));
        frame.Write(chunk);
        frame.Write("\r\n"u8);
        var bytes = frame.ToArray();
        while (true)
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads CRLF lines and exact byte counts from a stream.</summary>
    private sealed class BufferedReader
    {
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;

        public BufferedReader(Stream stream) => _stream = stream;

        public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new MemoryStream();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return line.Length == 0 ? null : Encoding.Latin1.GetString(line.ToArray());
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    var bytes = line.ToArray();
                    var length = bytes.Length > 0 && bytes[^1] == '\r' ? bytes.Length - 1 : bytes.Length;
                    return Encoding.Latin1.GetString(bytes, 0, length);
                }

                line.WriteByte(b);
            }
        }

        public async Task<byte[]> ReadBytesAsync(int count, CancellationToken cancellationToken)
        {
            var result = new byte[count];
            var filled = 0;
            while (filled < count)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new IOException("The body ended early.");
                }

                var take = Math.Min(count - filled, _end - _start);
                Array.Copy(_buffer, _start, result, filled, take);
                _start += take;
                filled += take;
            }

            return result;
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            return _end > 0;
        }
    }
}
