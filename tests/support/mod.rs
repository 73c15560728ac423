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

    /// A POST of a body the server refuses before reading it (413), over a
    /// plain socket: the body is written from another thread, whose write
    /// may fail once the server has answered and closed (a client that
    /// writes first and reads after, as ureq, can lose the answer to that
    /// broken pipe), while this one reads the answer as far as its
    /// `Content-Length`.
    pub fn post_refused(&self, path: &str, content_type: &str, body: &str) -> Answer {
        use std::io::{Read, Write};
        let address = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: {content_type}\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let mut writer = stream.try_clone().unwrap();
        let body = body.to_owned();
        let writing = std::thread::spawn(move || {
            let _ = writer
                .write_all(head.as_bytes())
                .and_then(|()| writer.write_all(body.as_bytes()));
        });
        let mut received = Vec::new();
        let mut chunk = [0_u8; 4096];
        let answer = loop {
            if let Some(answer) = Self::complete(&received) {
                break answer;
            }
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => panic!("no whole answer: {}", String::from_utf8_lossy(&received)),
                Ok(n) => received.extend_from_slice(&chunk[..n]),
            }
        };
        let _ = stream.shutdown(std::net::Shutdown::Both);
        let _ = writing.join();
        answer
    }

    /// The answer in `received`, once its head and `Content-Length` bytes
    /// of body are there.
    fn complete(received: &[u8]) -> Option<Answer> {
        let text = std::str::from_utf8(received).ok()?;
        let (head, body) = text.split_once("\r\n\r\n")?;
        let header = |name: &str| {
            head.lines()
                .filter_map(|line| line.split_once(": "))
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.to_owned())
        };
        let length: usize = header("content-length")?.parse().ok()?;
        let body = body.get(..length)?;
        let status = head.lines().next()?.split(' ').nth(1)?.parse().ok()?;
        Some(Answer {
            status,
            content_type: header("content-type").unwrap_or_default(),
            body: serde_json::from_str(body).unwrap_or_else(|_| panic!("not JSON: {body}")),
        })
    }

    pub fn post(&self, path: &str, content_type: Option<&str>, body: &str) -> Answer {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        Self::read(request.send(body).unwrap())
    }
}
