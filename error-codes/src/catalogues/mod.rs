//! The documented catalogues of real APIs, declared with
//! `#[derive(ErrorCatalog)]`: every code and message exactly as each page
//! writes it (typos included), with the modules, ranges, HTTP statuses,
//! symbols, names, recommendations and groups the page gives.
//!
//! Each sits behind its own cargo feature; `all-catalogues` turns them all on.
//!
//! | module | feature | type | codes |
//! |---|---|---|---|
//! | `edu` | `edu` | `EduError` | 58 |
//! | `api_gateway` | `api-gateway` | `ApiGatewayError` | 45 |
//! | `authing` | `authing` | `AuthingError` | 99 |
//! | `rayvision` | `rayvision` | `RayvisionError` | 49 |
//! | `fresns` | `fresns` | `FresnsError` | 252 |
//!
//! Their enums are `#[non_exhaustive]`: a catalogue grows when its API
//! documents a new code, and that is not a breaking change.

use crate::docs::Catalogue;

#[cfg(feature = "api-gateway")]
pub mod api_gateway;
#[cfg(feature = "authing")]
pub mod authing;
#[cfg(feature = "edu")]
pub mod edu;
#[cfg(feature = "fresns")]
pub mod fresns;
#[cfg(feature = "rayvision")]
pub mod rayvision;

/// A catalogue shipped in this module: its module name, its cargo feature,
/// and the catalogue itself.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Shipped {
    /// The module's name in [`catalogues`](self) (`"api_gateway"`).
    pub module: &'static str,
    /// The cargo feature that enables it (`"api-gateway"`).
    pub feature: &'static str,
    /// Its static tables.
    pub catalogue: Catalogue,
}

/// The catalogues this build ships (those whose features are on), in the
/// order of their seed pages: for tools that search or render them all, like
/// `examples/explain.rs`.
pub const SHIPPED: &[Shipped] = &[
    #[cfg(feature = "edu")]
    Shipped {
        module: "edu",
        feature: "edu",
        catalogue: Catalogue::of::<edu::EduError>(),
    },
    #[cfg(feature = "api-gateway")]
    Shipped {
        module: "api_gateway",
        feature: "api-gateway",
        catalogue: Catalogue::of::<api_gateway::ApiGatewayError>(),
    },
    #[cfg(feature = "authing")]
    Shipped {
        module: "authing",
        feature: "authing",
        catalogue: Catalogue::of::<authing::AuthingError>(),
    },
    #[cfg(feature = "rayvision")]
    Shipped {
        module: "rayvision",
        feature: "rayvision",
        catalogue: Catalogue::of::<rayvision::RayvisionError>(),
    },
    #[cfg(feature = "fresns")]
    Shipped {
        module: "fresns",
        feature: "fresns",
        catalogue: Catalogue::of::<fresns::FresnsError>(),
    },
];

/// The shipped catalogue called `name`: its module name (`api_gateway`), its
/// feature (`api-gateway`) or its type (`ApiGatewayError`), in any case.
#[must_use]
pub fn find(name: &str) -> Option<&'static Shipped> {
    SHIPPED.iter().find(|shipped| {
        [shipped.module, shipped.feature, shipped.catalogue.name()]
            .iter()
            .any(|known| known.eq_ignore_ascii_case(name))
    })
}

/// Each shipped catalogue against its lock in `locks/`: a published code
/// of these APIs never changes meaning here (`ERROR_CODES_LOCK=update`
/// records a new one).
#[cfg(test)]
mod locks {
    use crate::lock::check;

    macro_rules! lock {
        ($feature:literal, $test:ident, $catalogue:ty) => {
            #[cfg(feature = $feature)]
            #[test]
            fn $test() {
                check::<$catalogue>(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/locks/",
                    $feature,
                    ".lock"
                ));
            }
        };
    }

    lock!("edu", edu, super::edu::EduError);
    lock!(
        "api-gateway",
        api_gateway,
        super::api_gateway::ApiGatewayError
    );
    lock!("authing", authing, super::authing::AuthingError);
    lock!("rayvision", rayvision, super::rayvision::RayvisionError);
    lock!("fresns", fresns, super::fresns::FresnsError);
}
