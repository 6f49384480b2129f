using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.Tests.Http;

/// <summary>How much of a reply's body one call keeps in memory: all of it up to the limit, and not a byte more.</summary>
public sealed class ResponseBufferTests
{
    private const int Limit = 1 << 20;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_exactly_as_long_as_the_limit_is_read_whole(bool announcesItsLength)
    {
        using var response = Reply(new PatternStream(Limit), announcesItsLength ? Limit : null);

        var body = await ResponseBuffer.ReadAsync(response, Timeout.InfiniteTimeSpan, Limit, default);

        Assert.Equal(Limit, body.Length);
        Assert.Null(body.CutShort);
        body.Return();
    }

    [Fact]
    public async Task A_body_one_byte_past_the_limit_is_refused()
    {
        using var response = Reply(new PatternStream(Limit + 1), declaredLength: null);

        var error = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => ResponseBuffer.ReadAsync(response, Timeout.InfiniteTimeSpan, Limit, default).AsTask());

        Assert.Equal(Limit, error.Limit);
        Assert.Null(error.DeclaredLength);
    }

    [Fact]
    public async Task A_content_length_past_the_limit_is_refused_before_a_byte_is_read()
    {
        var body = new PatternStream(long.MaxValue);
        using var response = Reply(body, declaredLength: 50_000_000);

        var error = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => ResponseBuffer.ReadAsync(response, Timeout.InfiniteTimeSpan, Limit, default).AsTask());

        Assert.Equal(50_000_000, error.DeclaredLength);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task An_endless_body_stops_at_the_limit_and_allocates_a_bounded_amount()
    {
        var body = new PatternStream(long.MaxValue);
        using var response = Reply(body, declaredLength: null);

        // The stream answers at once, so the whole read runs on this thread and its allocations are counted here.
        var before = GC.GetAllocatedBytesForCurrentThread();
        await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => ResponseBuffer.ReadAsync(response, Timeout.InfiniteTimeSpan, Limit, default).AsTask());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(body.BytesRead, Limit + 1, Limit + 1);
        Assert.InRange(allocated, 0, 4L * Limit);
    }

    [Fact]
    public async Task The_message_names_the_limit_and_the_option_but_not_the_query()
    {
        using var response = Reply(new PatternStream(long.MaxValue), declaredLength: null);
        response.RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/calls?api_key=secret-key");

        var error = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => ResponseBuffer.ReadAsync(response, Timeout.InfiniteTimeSpan, Limit, default).AsTask());

        Assert.Equal(
            "GET /v1/calls answered 200 (OK), but its body goes on past MaxResponseBufferSize (1,048,576 bytes), the most a call reads into memory. "
            + "Raise MaxResponseBufferSize in the client options to read longer replies.",
            error.Message);
        Assert.DoesNotContain("secret-key", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.Response.Body);
        Assert.Equal(200, error.StatusCode);
    }

    private static HttpResponseMessage Reply(Stream body, long? declaredLength)
    {
        var content = new StreamContent(body);
        content.Headers.ContentLength = declaredLength;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, ReasonPhrase = "OK" };
    }

    /// <summary>A body of <c>length</c> bytes that exist nowhere: each read fills the caller's buffer and completes at once.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, length - BytesRead);
            buffer[..count].Fill((byte)'x');
            BytesRead += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
