//! A real server on 127.0.0.1 (a free port) and a real HTTP client
//! (ureq, or a plain socket for methods ureq does not send), for the tests
//! about the wire. Every request has a timeout, and the server shuts down
//! when its `Running` is dropped.

#![allow(dead_code)]

use std::time::Duration;

use serde_json::Value;

pub const JSON: &str = "application/json";

/// The server, running on its own thread until dropped.
pub struct Running {
    address: std::net::SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Where it listens.
    pub fn address(&self) -> std::net::SocketAddr {
        self.address
    }

    pub fn start(router: axum::Router) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(("127.0.0.1", 0)))
            .unwrap();
        let address = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async {
                axum::serve(listener, router)
                    .with_graceful_shutdown(async {
                        stopped.await.ok();
                    })
                    .await
                    .unwrap();
            });
        });
        Running {
            address,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.take().map(|stop| stop.send(()));
        self.thread.take().map(std::thread::JoinHandle::join);
    }
}

/// What the client saw: status, content type, body as JSON.
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub body: Value,
}

pub struct Client {
    agent: ureq::Agent,
    base: String,
}

impl Client {
    pub fn new(server: &Running) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(10)))
            // A new connection for each request: a server that answers a
            // refused body (413) before reading it closes its connection,
            // and a pooled one may be reused as it closes ("Peer
            // disconnected").
            .max_idle_connections(0)
            .build();
        Client {
            agent: config.into(),
            base: format!("http://{}", server.address),
        }
    }

    fn read(mut response: ureq::http::Response<ureq::Body>) -> Answer {
        let content_type = response
            .headers()
            .get("content-type")
            .map(|value| value.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let text = response.body_mut().read_to_string().unwrap();
        Answer {
            status: response.status().as_u16(),
            content_type,
            body: serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")),
        }
    }

    pub fn get(&self, path: &str, accept: Option<&str>) -> Answer {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        if let Some(accept) = accept {
            request = request.header("accept", accept);
        }
        Self::read(request.call().unwrap())
    }

    /// A request of any method (ureq sends only the standard ones), over
    /// a plain socket: the answer and its `Allow` header.
    pub fn call(&self, method: &str, path: &str) -> (Answer, Option<String>) {
        let exchanged = exchange(&self.base, method, path, None, b"");
        (exchanged.answer(), exchanged.header("allow"))
    }

    /// A POST of a body the server refuses before reading it (413), over a
    /// plain socket ([`exchange`]).
    pub fn post_refused(&self, path: &str, content_type: &str, body: &str) -> Answer {
        exchange(
            &self.base,
            "POST",
            path,
            Some(content_type),
            body.as_bytes(),
        )
        .answer()
    }

    pub fn post(&self, path: &str, content_type: Option<&str>, body: &str) -> Answer {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        Self::read(request.send(body).unwrap())
    }
}

/// What came back over a plain socket: the status, the head, the body.
pub struct Exchanged {
    pub status: u16,
    head: String,
    pub body: String,
}

impl Exchanged {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<String> {
        self.head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(key, _)| key.trim().eq_ignore_ascii_case(name))
            .map(|(_, value)| value.trim().to_owned())
    }

    /// As an [`Answer`]: the body read as JSON.
    pub fn answer(&self) -> Answer {
        let body = &self.body;
        Answer {
            status: self.status,
            content_type: self.header("content-type").unwrap_or_default(),
            body: serde_json::from_str(body).unwrap_or_else(|_| panic!("not JSON: {body}")),
        }
    }

    /// The answer in `received`, once its head and `Content-Length` bytes
    /// of body are there (or, without `Content-Length`, once `ended`).
    fn complete(received: &[u8], ended: bool) -> Option<Self> {
        let text = std::str::from_utf8(received).ok()?;
        let (head, body) = text.split_once("\r\n\r\n")?;
        let mut exchanged = Exchanged {
            status: head.lines().next()?.split(' ').nth(1)?.parse().ok()?,
            head: head.to_owned(),
            body: String::new(),
        };
        let body = match exchanged.header("content-length") {
            Some(length) => body.get(..length.parse().ok()?)?,
            None if ended => body,
            None => return None,
        };
        exchanged.body = body.to_owned();
        Some(exchanged)
    }
}

/// One request, on a connection of its own, over a plain socket (`base` is
/// `http://host:port`). The body is written from another thread, whose
/// write may fail once a server has refused the body (413) and closed: a
/// client that writes first and reads after, as ureq, can lose the answer
/// to that broken pipe. This one reads the answer as far as its
/// `Content-Length`.
pub fn exchange(
    base: &str,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Exchanged {
    use std::io::{Read, Write};
    let address = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let content_type =
        content_type.map_or(String::new(), |value| format!("Content-Type: {value}\r\n"));
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\n{content_type}Content-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    let mut writer = stream.try_clone().unwrap();
    let body = body.to_vec();
    let writing = std::thread::spawn(move || {
        let _ = writer
            .write_all(head.as_bytes())
            .and_then(|()| writer.write_all(&body));
    });
    let mut received = Vec::new();
    let mut chunk = [0_u8; 8192];
    let exchanged = loop {
        if let Some(exchanged) = Exchanged::complete(&received, false) {
            break exchanged;
        }
        match stream.read(&mut chunk) {
            Ok(0) => match Exchanged::complete(&received, true) {
                Some(exchanged) => break exchanged,
                None => panic!(
                    "{method} {path}: no whole answer: {}",
                    String::from_utf8_lossy(&received)
                ),
            },
            Err(error) => panic!(
                "{method} {path}: {error}: {}",
                String::from_utf8_lossy(&received)
            ),
            Ok(n) => received.extend_from_slice(&chunk[..n]),
        }
    };
    let _ = stream.shutdown(std::net::Shutdown::Both);
    let _ = writing.join();
    exchanged
}
