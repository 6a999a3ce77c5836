package org.sicredit.spring;

import org.sicredit.adapters.jdbc.crypto.KeyFile;
import org.sicredit.adapters.jdbc.crypto.KeyRing;

import java.io.IOException;
import java.nio.file.Files;

/** The key ring from {@code sicredit.keys} or {@code sicredit.key-file}; neither, or one that cannot be read, stops the start. */
final class SicreditKeys {

    static final String HOW = "Set sicredit.keys (or the environment variable SICREDIT_KEYS) to the key ring the "
            + "database was written with, or sicredit.key-file to its key file (owner-only). For a new database, create "
            + "a key file once — KeyFile.loadOrCreate(Path.of(\"sicredit.keys\")) does, as the sicredit program does on "
            + "its first start — and keep it where the service's secrets are kept: without it the personal numbers "
            + "stored cannot be read.";

    private SicreditKeys() {
    }

    static KeyRing from(SicreditProperties properties) {
        if (properties.keys() != null && !properties.keys().isBlank()) {
            try {
                return KeyFile.parse(properties.keys(), "sicredit.keys");
            } catch (IllegalArgumentException refused) {
                throw new SicreditStartupException("sicredit.keys", "密钥格式不正确（须含 active、key.<编号> 与 index，"
                        + "各为 32 字节的 Base64）", "the key ring is malformed (it needs active, key.<id> and index, "
                        + "each Base64 of 32 bytes)", HOW, null);
            }
        }
        if (properties.keyFile() != null) {
            if (!Files.isRegularFile(properties.keyFile())) {
                throw new SicreditStartupException("sicredit.key-file", "密钥文件不存在：" + properties.keyFile(),
                        "the key file does not exist: " + properties.keyFile(), HOW, null);
            }
            try {
                return KeyFile.read(properties.keyFile());
            } catch (IOException | RuntimeException refused) {
                throw new SicreditStartupException("sicredit.key-file", "密钥文件无法读取或被拒绝："
                        + properties.keyFile() + "（须仅属主可读写，格式同 SICREDIT_KEYS）", "the key file cannot be "
                        + "read or is refused: " + properties.keyFile() + " (it must be readable by its owner only, in "
                        + "the format of SICREDIT_KEYS)", HOW, null);
            }
        }
        throw new SicreditStartupException("sicredit.keys", "未配置密钥：个人证件号码须加密存储", "no key ring is "
                + "configured: personal numbers are stored encrypted", HOW, null);
    }
}
