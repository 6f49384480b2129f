using System;

namespace System.Buffers;

/// <summary>
/// The part of .NET's <c>ArrayBufferWriter&lt;T&gt;</c> the runtime uses, for netstandard2.0 (System.Memory does not
/// ship it there). Internal: consumers never see it.
/// </summary>
internal sealed class ArrayBufferWriter<T> : IBufferWriter<T>
{
    private T[] _buffer;
    private int _index;

    public ArrayBufferWriter(int initialCapacity) => _buffer = new T[Math.Max(initialCapacity, 1)];

    public ReadOnlyMemory<T> WrittenMemory => _buffer.AsMemory(0, _index);

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _index);

    public int WrittenCount => _index;

    public void Advance(int count)
    {
        if (count < 0 || _index + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _index += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_index);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_index);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _index >= needed)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _index + needed);
        Array.Resize(ref _buffer, size);
    }
}
