/// Variants that carry data: they have entries, but `from_code` cannot
/// build them. `data` writes the fields as the detail, each with its
/// metadata key, its shape and a compile-time check of that shape.
pub enum StorageError {
    /// Disk is full.
    #[code(507)]
    DiskFull,
    /// Internal error.
    #[code(500)]
    Internal { detail: String },
    /// Too many requests.
    #[code(429, data)]
    Throttled { retry_after: u64, note: Option<String> },
    /// Upstream failed.
    #[code(502)]
    Upstream(u16),
}
