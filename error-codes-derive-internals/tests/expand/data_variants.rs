/// Variants that carry data: they have entries, but `from_code` cannot
/// build them.
pub enum StorageError {
    /// Disk is full.
    #[code(507)]
    DiskFull,
    /// Internal error.
    #[code(500)]
    Internal { detail: String },
    /// Upstream failed.
    #[code(502)]
    Upstream(u16),
}
