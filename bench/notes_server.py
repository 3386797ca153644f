"""The course notes' Python TCP server, as the baseline of bench/starter-throughput.ts.

Changed from the notes only where a benchmark needs it:
- it takes its port from the command line (0 = any free port) and prints the real one;
- it loops over clients instead of serving one and exiting;
- listen() keeps Python's default backlog (the notes' listen(1) would make the
  kernel drop concurrent connection attempts, which then retry a second later);
- the time.sleep(0.2) before close() is gone: it is not needed (data handed to
  sendall() still goes out after close()) and would cap the server at five
  exchanges per second;
- it prints nothing per exchange (the starter is measured with --quiet too).
Everything else (recv(4096) until b'', one sendall() of the reply, close) is the notes' code.
"""
import socket
import sys


def serve(host='127.0.0.1', port=65432):
    server_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server_socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server_socket.bind((host, port))
    server_socket.listen()
    print(f"[SERVER] Listening on {host}:{server_socket.getsockname()[1]}...", flush=True)

    reply = ("Hello from the server! " * 2000).encode()
    while True:
        conn, addr = server_socket.accept()
        chunks = []
        while True:
            chunk = conn.recv(4096)
            if not chunk:
                break
            chunks.append(chunk)
        data = b"".join(chunks)
        conn.sendall(reply)
        conn.close()


if __name__ == '__main__':
    serve(port=int(sys.argv[1]) if len(sys.argv) > 1 else 65432)
