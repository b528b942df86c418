package io.meshward.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * {@code SwappableKeyManager} is the key manager the HTTPS server keeps for its whole life; every
 * handshake asks it for the current certificate, so replacing the key material rotates the
 * certificate without rebuilding the TLS context and without dropping a handshake.
 *
 * <p>The alias it hands out names the generation of the material, so a handshake that chose its
 * alias just before a swap still gets the chain and the key of that same generation.
 */
public final class SwappableKeyManager extends X509ExtendedKeyManager {

  private record Generation(int id, PemKeyMaterial material) {}

  private volatile Generation current;
  private volatile Generation previous;

  /**
   * @param initial the key material served first
   */
  public SwappableKeyManager(PemKeyMaterial initial) {
    this.current = new Generation(0, initial);
    this.previous = current;
  }

  /** Serves {@code next} from the next handshake on. */
  public synchronized void swap(PemKeyMaterial next) {
    previous = current;
    current = new Generation(current.id() + 1, next);
  }

  /** The key material being served. */
  public PemKeyMaterial current() {
    return current.material();
  }

  private static String tag(String alias, Generation g) {
    return alias == null ? null : alias + "#" + g.id();
  }

  private Generation generationOf(String alias) {
    int hash = alias == null ? -1 : alias.lastIndexOf('#');
    if (hash >= 0) {
      String id = alias.substring(hash + 1);
      Generation p = previous;
      if (p.id() == Integer.parseInt(id)) {
        return p;
      }
    }
    return current;
  }

  private static String untag(String alias) {
    int hash = alias == null ? -1 : alias.lastIndexOf('#');
    return hash >= 0 ? alias.substring(0, hash) : alias;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return null;
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return null;
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    Generation g = current;
    String[] aliases = g.material().keyManager().getServerAliases(keyType, issuers);
    if (aliases == null) {
      return null;
    }
    String[] tagged = new String[aliases.length];
    for (int i = 0; i < aliases.length; i++) {
      tagged[i] = tag(aliases[i], g);
    }
    return tagged;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    Generation g = current;
    return tag(g.material().keyManager().chooseServerAlias(keyType, issuers, socket), g);
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    Generation g = current;
    return tag(g.material().keyManager().chooseEngineServerAlias(keyType, issuers, engine), g);
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return generationOf(alias).material().keyManager().getCertificateChain(untag(alias));
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return generationOf(alias).material().keyManager().getPrivateKey(untag(alias));
  }
}
