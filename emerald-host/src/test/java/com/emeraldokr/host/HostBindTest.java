package com.emeraldokr.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** By default the host answers on this machine's loopback only, not on its network addresses. */
class HostBindTest {

    @TempDir
    Path dataDir;

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    private static Optional<InetAddress> networkAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    @Test
    void theDefaultHostIsReachableOnLoopbackOnly() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        try (EmeraldHost host = EmeraldHost.start(new HostOptions(0, dataDir, null, null, "", false), Clock.systemUTC())) {
            connect(InetAddress.getLoopbackAddress(), host.port());
            assertThatThrownBy(() -> connect(network.get(), host.port())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void everyInterfaceWhenAsked() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        try (EmeraldHost host = EmeraldHost.start(new HostOptions(0, dataDir, null, null, "", false, "0.0.0.0"),
                Clock.systemUTC())) {
            connect(network.get(), host.port());
            assertThat(HostHttp.as(host.port(), "admin", "admin").get("/rest/emerald/1.0/cycles").status()).isEqualTo(200);
        }
    }
}
