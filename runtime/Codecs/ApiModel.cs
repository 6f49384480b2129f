namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// What every generated model is made of: one slot per property, which knows whether the property was set (only
/// set properties are sent) and whether it was set to null. Generated properties read and write their slot; the
/// model's <see cref="ModelCodec{T}"/> reads and writes all of them with one shared loop.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class ApiModel
{
    // A slot set to null holds this, so that null (never set) and "set to null" stay apart.
    internal static readonly object SetToNull = new();

    private readonly object?[] _slots;

    /// <summary>A model with <paramref name="slots"/> properties, none of them set.</summary>
    protected ApiModel(int slots) => _slots = new object?[slots];

    internal object?[] Slots => _slots;

    /// <summary>The value of property <paramref name="slot"/>, or null when it is not set.</summary>
    /// <exception cref="ApiValueFormatException">The reply held text that the property's type cannot hold.</exception>
    protected object? Slot(int slot) => _slots[slot] switch
    {
        var value when ReferenceEquals(value, SetToNull) => null,
        UnreadValue unread => throw unread.ToException(),
        var value => value,
    };

    /// <summary>Sets property <paramref name="slot"/>, to null too.</summary>
    protected void SetSlot(int slot, object? value) => _slots[slot] = value ?? SetToNull;

    /// <summary>The dictionary in <paramref name="slot"/>, created when first asked for (undeclared JSON properties).</summary>
    protected System.Collections.Generic.IDictionary<string, T> MapSlot<T>(int slot)
    {
        if (_slots[slot] is not System.Collections.Generic.IDictionary<string, T> map)
        {
            _slots[slot] = map = new System.Collections.Generic.Dictionary<string, T>();
        }

        return map;
    }
}
