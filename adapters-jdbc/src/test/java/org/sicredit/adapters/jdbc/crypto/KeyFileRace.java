package org.sicredit.adapters.jdbc.crypto;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One process of the key-file race: waits until the start file appears, then loads or creates the key file it is
 * given and prints which keys it holds.
 */
public final class KeyFileRace {

    private KeyFileRace() {
    }

    public static void main(String[] args) throws Exception {
        Path start = Path.of(args[1]);
        while (!Files.exists(start)) {
            Thread.onSpinWait();
        }
        KeyRing keys = KeyFile.loadOrCreate(Path.of(args[0]));
        System.out.println(keys.activeKeyId() + " " + keys.checkValue(keys.activeKeyId()) + " "
                + keys.indexCheckValue());
    }
}
