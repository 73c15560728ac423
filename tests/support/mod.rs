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
        use std::io::{Read, Write};
        let address = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let request =
            format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let header = |name: &str| {
            head.lines()
                .filter_map(|line| line.split_once(": "))
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.to_owned())
        };
        let answer = Answer {
            status,
            content_type: header("content-type").unwrap_or_default(),
            body: serde_json::from_str(body).unwrap_or_else(|_| panic!("not JSON: {body}")),
        };
        (answer, header("allow"))
    }

    pub fn post(&self, path: &str, content_type: Option<&str>, body: &str) -> Answer {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        Self::read(request.send(body).unwrap())
    }
}
