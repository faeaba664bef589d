package vn.nhiemvu.org;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At first start, creates the agency and its administrator {@code admin}; with {@code --demo} or
 * {@code NHIEMVU_DEMO=true}, also the Bắc Giang Department's units and one account per role.
 */
@Component
@Order(0)
class OrgBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgBootstrap.class);

    private final OrgRepository org;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final BootstrapProperties properties;
    private final DemoOrganisation demo;
    private final TransactionTemplate transaction;

    OrgBootstrap(OrgRepository org, AccountRepository accounts, PasswordEncoder passwordEncoder,
            BootstrapProperties properties, DemoOrganisation demo, TransactionTemplate transaction) {
        this.org = org;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.demo = demo;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (!accounts.anyAccount()) {
                createAgencyAndAdministrator();
            }
            if (properties.demo() || args.containsOption("demo")) {
                demo.ensure(org.findFirstAgency().orElseThrow().id());
            }
        });
    }

    private void createAgencyAndAdministrator() {
        long agencyId = org.findFirstAgency().map(Agency::id)
                .orElseGet(() -> org.insertAgency(agencyName(), null, null, null));
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        }
        accounts.insertAccount(agencyId, "admin", passwordEncoder.encode(password), Role.ADMIN, null);
        if (generated) {
            // Printed once, on purpose: the only way to learn a generated first password.
            log.warn("Tài khoản quản trị 'admin' đã được tạo với mật khẩu ngẫu nhiên: {} "
                    + "(đặt NHIEMVU_ADMIN_PASSWORD để tự chọn; hãy đổi mật khẩu sau khi đăng nhập)", password);
        } else {
            log.info("Tài khoản quản trị 'admin' đã được tạo với mật khẩu trong NHIEMVU_ADMIN_PASSWORD");
        }
    }

    private String agencyName() {
        String name = properties.agencyName();
        return name == null || name.isBlank() ? "Sở Khoa học và Công nghệ" : name.strip();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
