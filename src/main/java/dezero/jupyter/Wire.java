package dezero.jupyter;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/** Multipart frames to and from a ZeroMQ socket. */
final class Wire {
    private Wire() {}

    /** Sends {@code frames} as one multipart message. */
    static void send(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** The next multipart message, or null when none came within the socket's receive timeout. */
    static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(0);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}
