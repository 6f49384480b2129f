using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>The span and memory overloads that <see cref="System.IO.Stream"/> has from .NET Core 2.1 on, passed through.</summary>
internal sealed partial class ResponseStream
{
    public override int Read(Span<byte> buffer) => _inner.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(buffer, cancellationToken);
}
