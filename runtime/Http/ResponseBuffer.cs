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

    // Array.MaxLength (.NET 6+): the largest byte array the runtime allocates.
    private const int MaxArrayLength = 0x7FFFFFC7;

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

    /// <summary>
    /// Reads the whole body; <paramref name="timeout"/> bounds the time spent waiting for bytes that have not arrived yet,
    /// and <paramref name="limit"/> the bytes kept: a longer body is not read on.
    /// </summary>
    /// <exception cref="TimeoutException">The body did not arrive within <paramref name="timeout"/>.</exception>
    /// <exception cref="ApiResponseTooLargeException">The body, or its <c>Content-Length</c>, is longer than <paramref name="limit"/>.</exception>
    public static async ValueTask<ResponseBuffer> ReadAsync(HttpResponseMessage response, TimeSpan timeout, long limit, CancellationToken cancellationToken)
    {
        var content = response.Content;
        var declared = content.Headers.ContentLength;
        if (declared > limit)
        {
            throw ApiResponseTooLargeException.For(response, limit, declared);
        }

        // An array cannot hold more; a larger limit is as good as none.
        var kept = (int)Math.Min(limit, MaxArrayLength);
        long started = 0;
        var abandoned = false;
        var buffer = ArrayPool<byte>.Shared.Rent(declared is >= 0 and < LargestUpfront ? (int)declared.Value + 1 : DefaultSize);
        var capacity = Math.Min(buffer.Length, kept);
        byte[]? probe = null;
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    // Once the limit is full, one more byte tells a body that ends there from one that goes on; it
                    // is read into an array of its own, so the buffer never grows past the limit.
                    var full = length == capacity;
                    var target = full ? (probe ??= new byte[1]).AsMemory() : buffer.AsMemory(length, capacity - length);
                    var pending = stream.ReadAsync(target, cancellationToken);
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
                        var remaining = timeout - Elapsed.Since(started);
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

                    if (full)
                    {
                        throw ApiResponseTooLargeException.For(response, limit, declaredLength: null);
                    }

                    length += read;
                    if (length == capacity && capacity < kept)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, kept));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                        capacity = Math.Min(buffer.Length, kept);
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
