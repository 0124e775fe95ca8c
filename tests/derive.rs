//! `#[derive(ErrorCatalog)]` on hand-written enums behaves exactly like the
//! `catalog!` enum of the same catalog: same codes, names, texts, HTTP
//! statuses, severities and Display.

mod common;

use errcat::ErrorCode;

mod generated {
    errcat::catalog!("examples/catalogs/blobstore.yaml");
    errcat::catalog!("examples/catalogs/mooncake_transfer_engine.yaml");
}

mod derived {
    /// One group of the blobstore catalog, declared out of code order, with
    /// explicit discriminants on some variants, its own docs, a renamed
    /// variant and a deprecation the catalog does not have.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, errcat::ErrorCatalog)]
    #[catalog(path = "examples/catalogs/blobstore.yaml", group = "blobnode")]
    pub enum BlobNodeError {
        /// Our own doc comment.
        RequestLimited = 673,
        InvalidParam = 600,
        #[catalog(name = "CodeAlreadyExist")]
        EntryAlreadyExist = 601,
        OutOfLimit,
        Internal,
        Overload,
        PathNotExist,
        PathNotEmpty,
        PathFindOnline,
        DiskNotFound = 611,
        DiskBroken = 613,
        InvalidDiskId,
        DiskNoSpace,
        VuidNotFound = 621,
        VuidReadonly,
        VuidRelease,
        VuidNotMatch,
        ChunkNotReadonly,
        ChunkNotNormal,
        ChunkNoSpace,
        ChunkCompacting,
        InvalidChunkId = 630,
        TooManyChunks = 632,
        ChunkInuse,
        BidNotFound = 651,
        ShardSizeTooLarge,
        ShardNotMarkDelete,
        #[deprecated = "our own deprecation"]
        ShardMarkDeleted,
        ShardInvalidOffset,
        ShardListExceedLimit,
        ShardInvalidBid,
        DestReplicaBad = 670,
        OrphanShard,
        IllegalTask,
    }

    /// The whole transfer-engine catalog, declared in code order with
    /// implicit discriminants (the dense layout).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "examples/catalogs/mooncake_transfer_engine.yaml")]
    pub enum TransferEngineError {
        NotImplemented,
        Memory,
        Clock,
        Numa,
        Context,
        Endpoint,
        Metadata,
        RejectHandshake,
        MalformedJson,
        Socket,
        Dns,
        AddressOverlapped,
        DeviceNotFound,
        BatchBusy,
        AddressNotRegistered,
        TooManyRequests,
        InvalidArgument,
    }
}

/// Every entry of `D` behaves like the `catalog!` entry with the same code.
fn assert_same_as_catalog<D, G>(languages: &[&str])
where
    D: ErrorCode<Repr = i32>,
    G: ErrorCode<Repr = i32>,
{
    let mut previous = None;
    for &d in D::ALL {
        let g = G::from_code(d.code()).unwrap_or_else(|| panic!("{} not in the catalog", d.code()));
        assert!(previous < Some(d.code()), "ALL ascends");
        previous = Some(d.code());
        assert_eq!(D::from_code(d.code()), Some(d));
        assert_eq!(d.name(), g.name());
        assert_eq!(d.message(), g.message());
        for lang in languages {
            assert_eq!(d.message_in(lang), g.message_in(lang));
        }
        assert_eq!(d.http_status(), g.http_status());
        assert_eq!(d.severity(), g.severity());
        assert_eq!(d.is_retryable(), g.is_retryable());
        assert_eq!(d.to_string(), g.to_string());
    }
}

#[test]
fn a_derived_enum_lists_its_entries_in_code_order() {
    use derived::BlobNodeError as D;
    // Declared out of code order; `all()` and `ALL` are in code order.
    assert_eq!(D::all(), D::ALL);
    assert_eq!(<D as ErrorCode>::all(), D::ALL);
    assert_eq!(D::all().first(), Some(&D::InvalidParam));
    assert!(D::all().windows(2).all(|w| w[0].code() < w[1].code()));
}

#[test]
fn a_group_of_blobstore_behaves_like_catalog() {
    use derived::BlobNodeError as D;
    use generated::BlobstoreError as G;
    assert_eq!(D::ALL.len(), generated::BlobstoreErrorGroup::Blobnode.codes().len());
    assert_same_as_catalog::<D, G>(&["en", "zh"]);
    assert_eq!(D::EntryAlreadyExist.code(), 601);
    assert_eq!(D::EntryAlreadyExist.name(), "CodeAlreadyExist");
    assert_eq!(D::from_name("CodeAlreadyExist"), Some(D::EntryAlreadyExist));
    assert_eq!(D::ShardSizeTooLarge.description_in("zh"), Some("shard的size超过阈值(1<<32 - 1)"));
    assert_eq!(D::try_from(600), Ok(D::InvalidParam));
    assert_eq!(D::try_from(551), Err(errcat::UnknownCode(551)), "another group's code");
    assert_eq!("CodeOrphanShard".parse::<D>(), Ok(D::OrphanShard));
    assert_eq!(i32::from(D::RequestLimited), 673);
    assert_eq!(D::RequestLimited as i32, 673, "the user's discriminants are kept");
    assert_eq!(format!("{:?}", D::EntryAlreadyExist), "EntryAlreadyExist", "the user's Debug");
    common::assert_round_trips::<D>();
}

#[test]
fn a_whole_catalog_behaves_like_catalog() {
    use derived::TransferEngineError as D;
    use generated::TransferEngineError as G;
    assert_eq!(D::ALL.len(), G::ALL.len());
    assert_same_as_catalog::<D, G>(&["zh", "en"]);
    // The group enum comes with the whole catalog.
    assert_eq!(D::Dns.group(), derived::TransferEngineErrorGroup::Handshake);
    assert_eq!(
        derived::TransferEngineErrorGroup::of_code(-150),
        Some(derived::TransferEngineErrorGroup::Handshake)
    );
    assert_eq!(derived::TransferEngineErrorGroup::Other.codes().len(), 7);
    common::assert_round_trips::<D>();
}

mod derived_with_arguments {
    /// The `disk` group of the storage catalog, whose entries have
    /// arguments, with variants named by the user: the selectors take them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, errcat::ErrorCatalog)]
    #[catalog(path = "examples/storage.yaml", group = "disk")]
    pub enum DiskError {
        #[catalog(name = "DISK_NO_SPACE")]
        NoSpace = 615,
        #[catalog(name = "DISK_NOT_FOUND")]
        NotFound = 611,
        #[catalog(name = "DISK_READ_FAILED")]
        ReadFailed = 612,
        #[catalog(name = "DISK_SLOW")]
        Slow = 613,
    }
}

#[test]
fn derived_enums_get_the_same_selectors() {
    use derived_with_arguments::{disk_error, DiskError};
    use errcat::ErrorCode;

    let error: errcat::Error<DiskError> =
        disk_error::NotFound { disk_id: 7, host: "node-3" }.into();
    assert_eq!(error.kind(), DiskError::NotFound);
    assert_eq!(error.to_string(), "[611] disk 7 not found on node-3");
    assert_eq!(error.message_in("zh"), "主机 node-3 上的磁盘 7 不存在");
    assert_eq!(DiskError::ReadFailed.arg_names(), ["path", "offset"]);
    assert_eq!(DiskError::NoSpace.arg_names(), [] as [&str; 0]);
    let slow = disk_error::Slow { latency_ms: 3.0, retries: 1, degraded: false };
    let failed: Result<(), _> = slow.fail();
    assert_eq!(failed.unwrap_err().code(), 613);
}
