/// A generic enum: the impls ask `Enum<T>: 'static` rather than `T: 'static`.
#[catalog(display = true)]
pub enum Wrapped<T>
where
    T: Clone,
{
    /// Wrapped failure.
    #[code(1)]
    Failed(T),
}
