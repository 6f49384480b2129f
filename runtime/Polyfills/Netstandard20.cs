using System;
using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime;

/// <summary>
/// netstandard2.0 stand-ins for .NET 8 instance methods the runtime calls, with the same names and meanings, so the
/// call sites read the same on both targets (on .NET 8 the instance methods win and this file is not compiled).
/// </summary>
internal static class Netstandard20
{
    public static string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());

    public static int GetBytes(this Encoding encoding, string text, Span<byte> destination)
    {
        var bytes = encoding.GetBytes(text);
        bytes.CopyTo(destination);
        return bytes.Length;
    }

    // HttpContent has no cancellable reads before .NET 5: the token is checked before reading.
    public static Task<Stream> ReadAsStreamAsync(this HttpContent content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return content.ReadAsStreamAsync();
    }

    public static ValueTask<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!MemoryMarshal.TryGetArray<byte>(buffer, out var array))
        {
            throw new NotSupportedException("Only array-backed memory is read.");
        }

        return new ValueTask<int>(stream.ReadAsync(array.Array!, array.Offset, array.Count, cancellationToken));
    }

    // Stream is not IAsyncDisposable in netstandard2.0: disposing it synchronously is what its DisposeAsync does there.
    public static System.Runtime.CompilerServices.ConfiguredAsyncDisposable ConfigureAwait(this Stream stream, bool continueOnCapturedContext) =>
        new SynchronousDisposal(stream).ConfigureAwait(continueOnCapturedContext);

    public static async Task<T> WaitAsync<T>(this Task<T> task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(task, Task.Delay(timeout, cancel.Token)).ConfigureAwait(false);
        if (finished == task)
        {
            cancel.Cancel();
            return await task.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new TimeoutException();
    }

    /// <summary><c>MemoryExtensions.Split</c> (.NET 8): the ranges of the parts between separators, at most <paramref name="destination"/>'s length.</summary>
    public static int Split(this ReadOnlySpan<char> source, Span<Range> destination, char separator, StringSplitOptions options = StringSplitOptions.None)
    {
        var trim = ((int)options & 2) != 0;
        var removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
        var count = 0;
        var start = 0;
        while (count < destination.Length)
        {
            var last = count == destination.Length - 1;
            var next = last ? -1 : source.Slice(start).IndexOf(separator);
            var end = next < 0 ? source.Length : start + next;
            var (from, to) = (start, end);
            if (trim)
            {
                while (from < to && char.IsWhiteSpace(source[from])) from++;
                while (to > from && char.IsWhiteSpace(source[to - 1])) to--;
            }

            if (!(removeEmpty && from == to))
            {
                destination[count++] = new Range(from, to);
            }

            if (next < 0)
            {
                break;
            }

            start = end + 1;
        }

        return count;
    }

    private sealed class SynchronousDisposal(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return default;
        }
    }
}
