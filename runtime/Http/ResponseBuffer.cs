using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A reply's body in an array from the shared pool, sized by <c>Content-Length</c> when it is sent. A body the
/// connection cut short is kept as far as it arrived, with the reason.
/// </summary>
internal readonly struct ResponseBuffer
{
    private const int DefaultSize = 4096;

    // Beyond this, a declared length is not trusted for the first rent; the buffer grows as bytes arrive.
    private const int LargestUpfront = 1 << 20;

    private readonly byte[] _buffer;

    private ResponseBuffer(byte[] buffer, int length, IOException? cutShort)
    {
        _buffer = buffer;
        Length = length;
        CutShort = cutShort;
    }

    public int Length { get; }

    /// <summary>Why the body ended before the server said it would, or <c>null</c> when it arrived whole.</summary>
    public IOException? CutShort { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Span.ToArray();

    public void Return() => ArrayPool<byte>.Shared.Return(_buffer);

    /// <summary>Reads the whole body; <paramref name="timeout"/> bounds the time spent waiting for bytes that have not arrived yet.</summary>
    /// <exception cref="TimeoutException">The body did not arrive within <paramref name="timeout"/>.</exception>
    public static async ValueTask<ResponseBuffer> ReadAsync(HttpContent content, TimeSpan timeout, CancellationToken cancellationToken)
    {
        long started = 0;
        var abandoned = false;
        var declared = content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(declared is >= 0 and < LargestUpfront ? (int)declared.Value + 1 : DefaultSize);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    var pending = stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                    int read;
                    if (pending.IsCompleted || timeout == Timeout.InfiniteTimeSpan)
                    {
                        read = await pending.ConfigureAwait(false);
                    }
                    else
                    {
                        // Only a read that has to wait pays for a timer; a body already received costs nothing extra.
                        started = started == 0 ? Stopwatch.GetTimestamp() : started;
                        var reading = pending.AsTask();
                        var remaining = timeout - Stopwatch.GetElapsedTime(started);
                        try
                        {
                            read = await reading.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                        }
                        catch when (!reading.IsCompleted)
                        {
                            // Timed out or cancelled: the read goes on until the caller disposes the response, which
                            // aborts it (that failure is expected), and may still write into the buffer, so the
                            // buffer must not go back to the pool.
                            abandoned = true;
                            _ = reading.ContinueWith(static r => _ = r.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                            throw;
                        }
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return new ResponseBuffer(buffer, length, null);
        }
        catch (IOException cutShort) when (!cancellationToken.IsCancellationRequested)
        {
            return new ResponseBuffer(buffer, length, cutShort);
        }
        catch
        {
            if (!abandoned)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            throw;
        }
    }
}
